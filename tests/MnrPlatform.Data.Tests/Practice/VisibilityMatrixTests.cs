using System.Text.Json;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.Practice;

/// <summary>
/// Every viewer (anonymous, and every role of <see cref="Roles.All"/>: country-bound roles for the
/// example's own country, another country and none) × every status × proposed visibility × consent
/// state × anonymised visibility, read through <see cref="PracticeLibrary.SearchAsync"/> and
/// <see cref="PracticeLibrary.GetAsync"/>: no example reaches anyone it should not, and an
/// anonymised one never carries its country. The expectation is worked out here from the
/// viewer's permissions, independently of <see cref="ExampleVisibilityRule"/>.
/// </summary>
public abstract class VisibilityMatrixTests : IAsyncLifetime
{
    private const string Country = "MDA";
    private const string CountryName = "Republic of Moldova";
    private const string ContactName = "Ana Popescu";

    /// <summary>What the country consented to, as stored.</summary>
    public enum ConsentState
    {
        None,
        AtSecretariat,
        AtMembers,
        AtPublic,
        PublicThenNarrowedToMembers,
        WithdrawnFromPublic,
        PublicStaleAfterEdit,
    }

    private sealed record Case(PracticeExampleStatus Status, ExampleVisibility Proposed, ConsentState Consent, ExampleVisibility? Anonymised)
    {
        public override string ToString() => $"{Status}/proposed {Proposed}/consent {Consent}/anonymised {Anonymised?.ToString() ?? "no"}";
    }

    private sealed record Viewer(string Name, AccessScope Scope, bool SignedIn);

    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => store = await CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static IReadOnlyList<Case> Cases { get; } =
    [
        .. from status in Enum.GetValues<PracticeExampleStatus>()
           from proposed in Enum.GetValues<ExampleVisibility>()
           from consent in Enum.GetValues<ConsentState>()
           from anonymised in new ExampleVisibility?[] { null }.Concat(Enum.GetValues<ExampleVisibility>().Cast<ExampleVisibility?>())
           select new Case(status, proposed, consent, anonymised),
    ];

    private static IReadOnlyList<Viewer> Viewers { get; } =
    [
        new("anonymous", AccessScope.Anonymous, false),
        .. Roles.All.SelectMany(role => Roles.IsCountryBound(role)
            ? new[]
            {
                new Viewer($"{role} of {Country}", PracticeKit.Scope(role, Country), true),
                new Viewer($"{role} of SWE", PracticeKit.Scope(role, "SWE"), true),
                new Viewer($"{role} without a country", PracticeKit.Scope(role), true),
            }
            : [new Viewer(role, PracticeKit.Scope(role), true)]),
    ];

    [Fact]
    public async Task No_example_reaches_anyone_it_should_not_through_search_or_its_page()
    {
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var ids = await SeedAsync(db);
        var library = PracticeKit.Library(db);
        var failures = new List<string>();
        var counts = new Dictionary<ExampleShown, int>();

        foreach (var viewer in Viewers)
        {
            var expected = ids.ToDictionary(pair => pair.Key, pair => Expected(viewer, pair.Value));
            var found = await library.SearchAsync(viewer.Scope, new ExampleQuery(), Cancellation);
            var expectedInSearch = expected.Where(e => e.Value != ExampleShown.Hidden && ids[e.Key].Status == PracticeExampleStatus.Approved)
                .Select(e => (e.Key, e.Value)).Order().ToList();
            var actualInSearch = found.Select(s => (s.Id, s.Shown)).Order().ToList();
            foreach (var wrong in actualInSearch.Except(expectedInSearch).Concat(expectedInSearch.Except(actualInSearch)))
            {
                failures.Add($"search, {viewer.Name}, {ids[wrong.Item1]}: expected {expected[wrong.Item1]}, found {(actualInSearch.Contains(wrong) ? wrong.Item2 : "nothing")}");
            }

            failures.AddRange(found.Where(s => s.Shown == ExampleShown.Anonymised).SelectMany(s => Leaks(viewer, ids[s.Id], s)));
            foreach (var (id, shown) in expected)
            {
                var view = await library.GetAsync(viewer.Scope, id, Cancellation);
                counts[shown] = counts.GetValueOrDefault(shown) + 1;
                if ((view?.Summary.Shown ?? ExampleShown.Hidden) != shown)
                {
                    failures.Add($"page, {viewer.Name}, {ids[id]}: expected {shown}, got {view?.Summary.Shown.ToString() ?? "nothing"}");
                }
                else if (view is not null)
                {
                    failures.AddRange(Checked(viewer, ids[id], view));
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(Cases.Count * Viewers.Count, counts.Values.Sum());
        Assert.All(Enum.GetValues<ExampleShown>(), shown => Assert.True(counts.GetValueOrDefault(shown) > 0, $"no case is {shown}"));
    }

    // The expectation, from the survey terms: the secretariat and the country's own users see its
    // example; anyone else only an approved one, named with a consent to this version that (within
    // the proposal) reaches them, else anonymised when that reaches them.
    private static ExampleShown Expected(Viewer viewer, Case example)
    {
        var actor = viewer.Scope.Actor;
        if (actor.Has(Permissions.ReadAllCountries) || (actor.Has(Permissions.ReadOwnCountry) && actor.CountryIso3 == Country))
        {
            return ExampleShown.Named;
        }

        if (example.Status != PracticeExampleStatus.Approved)
        {
            return ExampleShown.Hidden;
        }

        var needed = viewer.SignedIn ? 1 : 2;
        var consented = example.Consent switch
        {
            ConsentState.AtMembers or ConsentState.PublicThenNarrowedToMembers => 1,
            ConsentState.AtPublic => 2,
            _ => 0,
        };
        if (Math.Min(consented, Rank(example.Proposed)) >= needed)
        {
            return ExampleShown.Named;
        }

        return example.Anonymised is { } anonymised && Rank(anonymised) >= needed ? ExampleShown.Anonymised : ExampleShown.Hidden;
    }

    private static int Rank(ExampleVisibility visibility) => visibility switch
    {
        ExampleVisibility.Members => 1,
        ExampleVisibility.Public => 2,
        _ => 0,
    };

    private static IEnumerable<string> Checked(Viewer viewer, Case example, ExampleView view)
    {
        var owner = viewer.Scope.Actor.Has(Permissions.ReadAllCountries) || viewer.Scope.CountryIso3 == Country;
        if (view.Summary.Shown == ExampleShown.Anonymised)
        {
            foreach (var leak in Leaks(viewer, example, view))
            {
                yield return leak;
            }
        }
        else if (view.Summary.Source != CountryName || view.Summary.CountryIso3 != Country || view.Draft.ContactName != ContactName)
        {
            yield return $"page, {viewer.Name}, {example}: named without its country or contact ({view.Summary.Source}, {view.Draft.ContactName})";
        }

        if (owner != (view.Status is not null && view.Version is not null && view.ProposedVisibility is not null))
        {
            yield return $"page, {viewer.Name}, {example}: curation details {(owner ? "missing" : "shown")}";
        }
    }

    private static IEnumerable<string> Leaks(Viewer viewer, Case example, object shown)
    {
        var json = JsonSerializer.Serialize(shown);
        foreach (var secret in new[] { $"\"{Country}\"", "Moldova", ContactName, "example.md", "Head of" })
        {
            if (json.Contains(secret, StringComparison.Ordinal))
            {
                yield return $"{viewer.Name}, {example}: the anonymised {shown.GetType().Name} carries {secret}";
            }
        }

        if (!json.Contains("A country in Eastern Europe", StringComparison.Ordinal))
        {
            yield return $"{viewer.Name}, {example}: the anonymised {shown.GetType().Name} lacks its label";
        }
    }

    private static async Task<Dictionary<int, Case>> SeedAsync(MnrDbContext db)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var examples = Cases.Select((example, n) => (example, entity: Entity(example, n, at))).ToList();
        db.PracticeExamples.AddRange(examples.Select(e => e.entity));
        await db.SaveChangesAsync(Cancellation);
        return examples.ToDictionary(e => e.entity.Id, e => e.example);
    }

    private static PracticeExample Entity(Case example, int n, DateTimeOffset at)
    {
        var entity = new PracticeExample
        {
            CountryIso3 = Country,
            CapabilityCode = PracticeKit.Capability,
            DomainCode = "victim",
            Title = $"Example {n}: a helpline with a chat service",
            WhatWasDone = "A free helpline took calls and chats from children.",
            Links = "[\"https://www.example.md/helpline\"]",
            ContactRole = "Head of the helpline",
            ContactName = ContactName,
            ContactAgreed = true,
            Language = "en",
            Status = example.Status,
            ProposedVisibility = example.Proposed,
            Version = example.Consent == ConsentState.PublicStaleAfterEdit ? 2 : 1,
            AnonymisedAs = example.Anonymised is null ? null : AnonymityLevel.SubRegion,
            AnonymisedVisibility = example.Anonymised ?? ExampleVisibility.Secretariat,
            CreatedBy = "focalpointmda@example.org",
            CreatedAt = at.AddMinutes(n),
            UpdatedBy = "focalpointmda@example.org",
            UpdatedAt = at.AddMinutes(n),
        };
        ExampleConsent Consent(ExampleVisibility visibility, int version, int minutes) =>
            new() { Version = version, Visibility = visibility, GivenBy = "focalpointmda@example.org", GivenAt = at.AddMinutes(n + minutes) };
        switch (example.Consent)
        {
            case ConsentState.AtSecretariat: entity.Consents.Add(Consent(ExampleVisibility.Secretariat, 1, 1)); break;
            case ConsentState.AtMembers: entity.Consents.Add(Consent(ExampleVisibility.Members, 1, 1)); break;
            case ConsentState.AtPublic: entity.Consents.Add(Consent(ExampleVisibility.Public, 1, 1)); break;
            case ConsentState.PublicThenNarrowedToMembers:
                entity.Consents.Add(Consent(ExampleVisibility.Public, 1, 1));
                entity.Consents.Add(Consent(ExampleVisibility.Members, 1, 2));
                break;
            case ConsentState.WithdrawnFromPublic:
                var withdrawn = Consent(ExampleVisibility.Public, 1, 1);
                withdrawn.WithdrawnAt = at.AddMinutes(n + 2);
                withdrawn.WithdrawnBy = "focalpointmda@example.org";
                entity.Consents.Add(withdrawn);
                break;
            case ConsentState.PublicStaleAfterEdit: entity.Consents.Add(Consent(ExampleVisibility.Public, 1, 1)); break;
            default: break;
        }

        return entity;
    }
}

public sealed class SqliteVisibilityMatrixTests : VisibilityMatrixTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlVisibilityMatrixTests : VisibilityMatrixTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
