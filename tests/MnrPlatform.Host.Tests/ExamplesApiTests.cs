using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The examples API: anyone gets the published examples consented to public (and anonymised public
/// ones, without their country); a signed-in viewer members' ones too; the secretariat every
/// approved example named; files only to those who see the example named, always as a download.
/// </summary>
public sealed class ExamplesApiTests(ExamplesApiTests.Platform platform) : IClassFixture<ExamplesApiTests.Platform>
{
    private const string Public = "Barnahus house, consented public";
    private const string Members = "Helpline standards, consented to members";
    private const string Anonymised = "Takedown agreement, anonymised";
    private const string Withdrawn = "Media training, consent withdrawn";
    private const string Draft = "School programme, still a draft";

    private static readonly byte[] PdfFile = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anyone_gets_the_public_examples_and_an_anonymised_one_without_its_country()
    {
        var ids = await platform.SeededAsync();

        var list = await ListAsync(platform.CreateHttpsClient(), "");

        Assert.Equal([Public, Anonymised], Titles(list));
        var named = list.Single(e => e.GetProperty("title").GetString() == Public);
        Assert.Equal((DemoAccounts.FocalPointCountry, "named", $"/practice/{ids[Public]}"), (named.GetProperty("country").GetString(), named.GetProperty("shown").GetString(), named.GetProperty("page").GetString()));
        Assert.Equal(("child-helpline", "victim", 3, "en"), (named.GetProperty("capability").GetString(), named.GetProperty("domain").GetString(), named.GetProperty("phase").GetInt32(), named.GetProperty("language").GetString()));
        var anonymous = list.Single(e => e.GetProperty("title").GetString() == Anonymised);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("country").ValueKind);
        Assert.Equal("anonymised", anonymous.GetProperty("shown").GetString());
        Assert.DoesNotContain("Ghana", anonymous.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("GHA", anonymous.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_also_gets_the_members_examples_and_the_secretariat_every_approved_one_named()
    {
        await platform.SeededAsync();

        var viewer = await ListAsync(await platform.SignInAsAsync(Roles.Viewer), "");
        var secretariat = await ListAsync(await platform.SignInAsAsync(Roles.Analyst), "");

        Assert.Equal([Public, Members, Anonymised], Titles(viewer));
        Assert.Equal([Public, Members, Anonymised, Withdrawn], Titles(secretariat));
        Assert.All(secretariat, e => Assert.Equal("named", e.GetProperty("shown").GetString()));
        Assert.Equal("GHA", secretariat.Single(e => e.GetProperty("title").GetString() == Anonymised).GetProperty("country").GetString());
    }

    [Fact]
    public async Task Filters_mirror_the_library_query_and_wrong_ones_are_problems_naming_the_parameter()
    {
        await platform.SeededAsync();
        var client = platform.CreateHttpsClient();

        Assert.Equal([Public], Titles(await ListAsync(client, "?text=BARNA")));
        Assert.Equal([Public], Titles(await ListAsync(client, "?country=ken")));
        Assert.Empty(await ListAsync(client, "?text=barnahus&phase=2"));
        using var phase = await client.GetAsync(new Uri("/api/v1/examples?phase=9", UriKind.Relative), Cancellation);
        using var words = await client.GetAsync(new Uri("/api/v1/examples?text=" + string.Join("+", Enumerable.Range(1, 40).Select(i => $"w{i}")), UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, phase.StatusCode);
        Assert.Contains("phase", (await phase.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, words.StatusCode);
        Assert.Equal("text", (await words.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_file_is_downloaded_only_by_those_who_see_its_example_named()
    {
        var ids = await platform.SeededAsync();
        var anonymous = platform.CreateHttpsClient();
        var viewer = await platform.SignInAsAsync(Roles.Viewer);
        var focalPoint = await platform.SignInAsAsync(Roles.FocalPoint);
        var secretariat = await platform.SignInAsAsync(Roles.Analyst);

        using var file = await anonymous.GetAsync(Download(ids, Public), Cancellation);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{Public}.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(PdfFile, await file.Content.ReadAsByteArrayAsync(Cancellation));

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, Download(ids, Anonymised)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(viewer, Download(ids, Anonymised)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(secretariat, Download(ids, Anonymised)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, Download(ids, Members)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(viewer, Download(ids, Members)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(viewer, Download(ids, Draft)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(focalPoint, Download(ids, Draft)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(viewer, Download(ids, Withdrawn)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(secretariat, new Uri("/api/v1/examples/attachments/987654", UriKind.Relative)));
    }

    private static Uri Download(IReadOnlyDictionary<string, int> ids, string title) => new($"/api/v1/examples/attachments/{ids[title + " file"]}", UriKind.Relative);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, Uri uri)
    {
        using var response = await client.GetAsync(uri, Cancellation);
        return response.StatusCode;
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/examples" + query, UriKind.Relative), Cancellation)).EnumerateArray()];

    private static string[] Titles(List<JsonElement> list) =>
        [.. list.Select(e => e.GetProperty("title").GetString()!).OrderBy(t => Array.IndexOf([Public, Members, Anonymised, Withdrawn, Draft], t))];

    /// <summary>The demo host with five examples written straight into its store, once.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private Dictionary<string, int>? ids;

        /// <summary>The examples' ids by title, and their files' by title + " file".</summary>
        public async Task<IReadOnlyDictionary<string, int>> SeededAsync()
        {
            await gate.WaitAsync(Cancellation);
            try
            {
                return ids ??= await SeedAsync();
            }
            finally
            {
                gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                gate.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task<Dictionary<string, int>> SeedAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
            var examples = new[]
            {
                Example(Public, DemoAccounts.FocalPointCountry, PracticeExampleStatus.Approved, ExampleVisibility.Public, consent: ExampleVisibility.Public),
                Example(Members, "GHA", PracticeExampleStatus.Approved, ExampleVisibility.Members, consent: ExampleVisibility.Members),
                Example(Anonymised, "GHA", PracticeExampleStatus.Approved, ExampleVisibility.Public, consent: null, anonymised: true),
                Example(Withdrawn, "GHA", PracticeExampleStatus.Approved, ExampleVisibility.Public, consent: ExampleVisibility.Public, withdrawn: true),
                Example(Draft, DemoAccounts.FocalPointCountry, PracticeExampleStatus.Draft, ExampleVisibility.Public, consent: null),
            };
            db.PracticeExamples.AddRange(examples);
            await db.SaveChangesAsync(Cancellation);
            var found = examples.ToDictionary(e => e.Title, e => e.Id, StringComparer.Ordinal);
            foreach (var e in examples)
            {
                found[e.Title + " file"] = e.Attachments.Single().Id;
            }

            return found;
        }

        private static PracticeExample Example(string title, string country, PracticeExampleStatus status, ExampleVisibility proposed, ExampleVisibility? consent, bool anonymised = false, bool withdrawn = false)
        {
            var now = DateTimeOffset.UtcNow;
            var example = new PracticeExample
            {
                CountryIso3 = country,
                CapabilityCode = "child-helpline",
                DomainCode = "victim",
                Title = title,
                WhatWasDone = $"What was done for {title}.",
                PhaseReached = 3,
                Language = "en",
                Status = status,
                ProposedVisibility = proposed,
                AnonymisedAs = anonymised ? AnonymityLevel.Region : null,
                AnonymisedVisibility = anonymised ? ExampleVisibility.Public : ExampleVisibility.Secretariat,
                CreatedBy = "test",
                CreatedAt = now,
                UpdatedBy = "test",
                UpdatedAt = now,
            };
            if (consent is { } visibility)
            {
                example.Consents.Add(new ExampleConsent { Version = 1, Visibility = visibility, GivenBy = "fp", GivenAt = now, WithdrawnBy = withdrawn ? "fp" : null, WithdrawnAt = withdrawn ? now : null });
            }

            example.Attachments.Add(new ExampleAttachment { FileName = title + ".pdf", ContentType = "application/pdf", Size = PdfFile.Length, Sha256 = "0", Content = PdfFile, UploadedBy = "test", UploadedAt = now });
            return example;
        }
    }
}
