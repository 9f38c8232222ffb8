using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>Reading the library: each result is what the viewer may see (<see cref="ExampleVisibilityRule"/>), no more.</summary>
/// <remarks>
/// The store query keeps only examples the viewer might see and applies the filters; the rule then
/// decides each one. Region and income group come from the country's reference data; an
/// anonymised example answers those filters only as far as its label says.
/// </remarks>
public sealed class PracticeLibrary(MnrDbContext db, ExampleSearch search, AuditLog audit)
{
    /// <summary>The examples matching <paramref name="query"/> that the viewer may see, newest first.</summary>
    /// <remarks>The library holds approved examples only, for everyone (the secretariat and a country find their drafts and archived examples in <see cref="WorklistAsync"/>).</remarks>
    /// <exception cref="PracticeException">The income group is not one of L, LM, UM, H (field IncomeGroup).</exception>
    public async Task<IReadOnlyList<ExampleSummary>> SearchAsync(AccessScope scope, ExampleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        IncomeGroup? incomeGroup = null;
        if (!string.IsNullOrWhiteSpace(query.IncomeGroup))
        {
            incomeGroup = IncomeGroups.TryParse(query.IncomeGroup.Trim(), out var parsed)
                ? parsed
                : throw new PracticeException(PracticeWords.Of("Refusal.IncomeGroup", query.IncomeGroup), nameof(ExampleQuery.IncomeGroup));
        }

        var examples = MayShow(scope, db.PracticeExamples.AsNoTracking().Include(e => e.Consents))
            .Where(e => e.Status == PracticeExampleStatus.Approved);
        examples = await FilterAsync(examples, query, incomeGroup, cancellationToken);
        var found = await examples.ToListAsync(cancellationToken);
        var places = await CountryPlace.LoadAsync(db, found.Select(e => e.CountryIso3), cancellationToken);
        var region = Blank(query.Region);
        var country = Blank(query.CountryIso3);
        var results = new List<(PracticeExample Example, ExampleSummary Summary)>();
        foreach (var example in found)
        {
            var shown = ExampleVisibilityRule.Decide(scope, example);
            var place = places.GetValueOrDefault(example.CountryIso3);
            var level = shown == ExampleShown.Named ? null : example.AnonymisedAs;
            if (ExampleViews.Summary(example, shown, place) is not { } summary
                || (country is not null && shown != ExampleShown.Named)
                || (region is not null && !ExampleAnonymity.InArea(place!, level, region))
                || (incomeGroup is { } group && !ExampleAnonymity.InIncomeGroup(place!, level, IncomeGroups.Code(group))))
            {
                continue;
            }

            results.Add((example, summary));
        }

        // Ordered here: SQLite cannot order by DateTimeOffset.
        return [.. results.OrderByDescending(r => r.Example.CreatedAt).ThenByDescending(r => r.Example.Id).Select(r => r.Summary)];
    }

    /// <summary>One example as the viewer may see it; null when it does not exist or is hidden from them.</summary>
    /// <remarks>The secretariat's reading is recorded in the audit log as a read of the country's data.</remarks>
    public async Task<ExampleView?> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var example = await db.PracticeExamples.AsNoTracking().Include(e => e.Consents).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (example is null)
        {
            return null;
        }

        var shown = ExampleVisibilityRule.Decide(scope, example);
        var places = await CountryPlace.LoadAsync(db, [example.CountryIso3], cancellationToken);
        var ownerOrSecretariat = ExampleVisibilityRule.IsOwnerOrSecretariat(scope, example);
        if (ExampleViews.Summary(example, shown, places.GetValueOrDefault(example.CountryIso3), ownerOrSecretariat) is not { } summary)
        {
            return null;
        }

        IReadOnlyList<AttachmentInfo> attachments = shown == ExampleShown.Named
            ? await db.ExampleAttachments.AsNoTracking().Where(a => a.ExampleId == id).OrderBy(a => a.Id)
                .Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(cancellationToken)
            : [];
        IReadOnlyList<ExampleEditSuggestion> suggestions = ownerOrSecretariat
            ? await db.ExampleEditSuggestions.AsNoTracking().Where(s => s.ExampleId == id && s.Accepted == null).OrderBy(s => s.Id).ToListAsync(cancellationToken)
            : [];
        await audit.RecordUnitReadAsync(scope, $"practice-example:{id.ToString(CultureInfo.InvariantCulture)}", [example.CountryIso3], cancellationToken);
        return ExampleViews.View(summary, example, ownerOrSecretariat, attachments, suggestions);
    }

    /// <summary>An example's title for those who see it named (the secretariat, its country); null otherwise. Not an audited read: a title only, to name an example in a message.</summary>
    public async Task<string?> TitleAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = await db.PracticeExamples.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.CountryIso3, e.Title }).SingleOrDefaultAsync(cancellationToken);
        return found is not null && scope.CanRead(found.CountryIso3) ? found.Title : null;
    }

    /// <summary>The examples the secretariat and a country work on: all for the secretariat, the country's own for a focal point.</summary>
    /// <remarks>Every status, archived included, most recently changed first; nothing for anyone else.</remarks>
    public async Task<IReadOnlyList<ExampleSummary>> WorklistAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat && scope.Level != ScopeLevel.Country)
        {
            return [];
        }

        var (all, own) = (scope.IsSecretariat, scope.CountryIso3);
        var examples = await db.PracticeExamples.AsNoTracking().Include(e => e.Consents)
            .Where(e => all || e.CountryIso3 == own)
            .ToListAsync(cancellationToken);
        var places = await CountryPlace.LoadAsync(db, examples.Select(e => e.CountryIso3), cancellationToken);
        return [.. examples
            .OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id)
            .Select(e => ExampleViews.Summary(e, ExampleVisibilityRule.Decide(scope, e), places.GetValueOrDefault(e.CountryIso3), ownerOrSecretariat: true))
            .OfType<ExampleSummary>()];
    }

    // The store's first cut: the secretariat all, a country its own, anyone else only approved
    // examples with a consent or an anonymised version that could reach them. The rule decides each.
    private static IQueryable<PracticeExample> MayShow(AccessScope scope, IQueryable<PracticeExample> examples)
    {
        if (scope.IsSecretariat)
        {
            return examples;
        }

        var own = scope.Level == ScopeLevel.Country ? scope.CountryIso3 : null;
        var publicOnly = ExampleVisibilityRule.AudienceOf(scope) == ExampleVisibility.Public;
        return examples.Where(e => e.CountryIso3 == own
            || (e.Status == PracticeExampleStatus.Approved
                && ((e.ProposedVisibility != ExampleVisibility.Secretariat && (!publicOnly || e.ProposedVisibility == ExampleVisibility.Public)
                        && e.Consents.Any(c => c.WithdrawnAt == null && c.Version == e.Version
                            && c.Visibility != ExampleVisibility.Secretariat && (!publicOnly || c.Visibility == ExampleVisibility.Public)))
                    || (e.AnonymisedAs != null && e.AnonymisedVisibility != ExampleVisibility.Secretariat
                        && (!publicOnly || e.AnonymisedVisibility == ExampleVisibility.Public)))));
    }

    private async Task<IQueryable<PracticeExample>> FilterAsync(IQueryable<PracticeExample> examples, ExampleQuery query, IncomeGroup? incomeGroup, CancellationToken cancellationToken)
    {
        if (Blank(query.Text) is { } text)
        {
            var ids = (await search.MatchingIdsAsync(text, cancellationToken)).ToList();
            examples = examples.Where(e => ids.Contains(e.Id));
        }

        if (Blank(query.CapabilityCode) is { } capability)
        {
            examples = examples.Where(e => e.CapabilityCode == capability);
        }

        if (Blank(query.DomainCode) is { } domain)
        {
            examples = examples.Where(e => e.DomainCode == domain);
        }

        if (query.Phase is { } phase)
        {
            examples = examples.Where(e => e.PhaseReached == phase);
        }

        if (Blank(query.Theme) is { } theme)
        {
            var quoted = $"\"{theme.ToLowerInvariant()}\"";
            examples = examples.Where(e => e.Themes.Contains(quoted));
        }

        if (Blank(query.Language) is { } language)
        {
            var subtag = language + "-";
            examples = examples.Where(e => e.Language == language || e.Language.StartsWith(subtag));
        }

        if (Blank(query.CountryIso3) is { } country)
        {
            examples = examples.Where(e => e.CountryIso3 == country);
        }

        if (Blank(query.Region) is { } region)
        {
            var inArea = db.Countries.Where(c => c.Region == region || c.SubRegion == region || c.IntermediateRegion == region).Select(c => c.Iso3);
            examples = examples.Where(e => inArea.Contains(e.CountryIso3));
        }

        if (incomeGroup is { } group)
        {
            examples = examples.Where(e => db.CountryIncomeGroups.Where(g => g.CountryIso3 == e.CountryIso3)
                .OrderByDescending(g => g.FiscalYear).Select(g => (IncomeGroup?)g.Group).FirstOrDefault() == group);
        }

        return examples;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
