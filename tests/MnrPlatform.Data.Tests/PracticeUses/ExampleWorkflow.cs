using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.PracticeUses;

/// <summary>Examples taken through the real library services: recorded, reviewed, approved and consented to.</summary>
internal static class ExampleWorkflow
{
    public static readonly AccessScope Analyst = Scope(Roles.Analyst);
    public static readonly AccessScope Viewer = Scope(Roles.Viewer);

    public static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    public static AccessScope FocalPoint(string country) => Scope(Roles.FocalPoint, country);

    public static PracticeExamples Examples(MnrDbContext db) =>
        new(db, new AuditLog(db), DomainPlugins.Catalog, Options.Create(new DisclosureOptions()), TimeProvider.System);

    public static PracticeLibrary Library(MnrDbContext db) => new(db, new ExampleSearch(db), new AuditLog(db));

    public static ExampleDraft Draft(string capability, string title, string what = "A joined-up service for child victims.", int? phase = 3) =>
        new(capability, title, what, "Children tell their story once.", "Funding for rural areas.", "Start with one centre.", phase, [], "Head of the national child protection agency", null, false, "en");

    /// <summary>Records, sends, approves at <paramref name="proposed"/> and (when given) consents at <paramref name="consent"/>.</summary>
    public static async Task<int> PublishedAsync(MnrDbContext db, string country, string capability, string title, ExampleVisibility proposed, ExampleVisibility? consent, CancellationToken cancellationToken)
    {
        var examples = Examples(db);
        var focalPoint = FocalPoint(country);
        var id = await examples.CreateAsync(focalPoint, country, Draft(capability, title), cancellationToken);
        await examples.SubmitAsync(focalPoint, id, cancellationToken);
        await examples.CurateAsync(Analyst, id, new ExampleCuration([], proposed, Approve: true), cancellationToken);
        if (consent is { } visibility)
        {
            await examples.ConsentAsync(focalPoint, id, 1, visibility, cancellationToken);
        }

        return id;
    }
}
