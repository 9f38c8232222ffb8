using System.Globalization;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// The examples of practice the secretariat chose for a review report, read through
/// <see cref="PracticeLibrary"/> as the report's readers would see them: a public report as the
/// public (only examples whose country consented to public, named display), a secretariat report as
/// Alliance members (consented to members or wider, or published anonymised to members or wider).
/// A choice that does not qualify is refused, never silently left out.
/// </summary>
public sealed class ReportExamples(PracticeLibrary library, FrameworkCatalog catalog)
{
    /// <summary>The most examples one report holds.</summary>
    public const int Limit = 30;

    /// <summary>The boxes of <paramref name="exampleIds"/> for <paramref name="audience"/>, in the order chosen.</summary>
    /// <exception cref="AccessDeniedException">Someone other than the secretariat chose examples.</exception>
    /// <exception cref="ReportExampleException">A chosen example may not be shown to the audience; the message names it and says why.</exception>
    public async Task<IReadOnlyList<ReportExampleBox>> ChooseAsync(AccessScope scope, ReportAudience audience, IReadOnlyList<int> exampleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(exampleIds);
        if (exampleIds.Count == 0)
        {
            return [];
        }

        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not choose examples for a report: the secretariat does.");
        }

        if (exampleIds.Distinct().Count() > Limit)
        {
            throw new ReportExampleException(string.Create(CultureInfo.InvariantCulture, $"{exampleIds.Distinct().Count()} examples were chosen; a report holds at most {Limit}."));
        }

        var readers = Readers(audience);
        var boxes = new List<ReportExampleBox>();
        foreach (var id in exampleIds.Distinct())
        {
            var view = await library.GetAsync(readers, id, cancellationToken);
            if (view is null)
            {
                var number = await NameAsync(scope, id, cancellationToken);
                throw new ReportExampleException(audience == ReportAudience.Public
                    ? $"Example {number} cannot go into the public report: it does not exist or its country has not consented to show it publicly."
                    : $"Example {number} cannot go into the report: it does not exist or is not published to Alliance members (its country has not consented, and no anonymised version is published).");
            }

            var summary = view.Summary;
            if (audience == ReportAudience.Public && summary.Shown != ExampleShown.Named)
            {
                throw new ReportExampleException($"Example {await NameAsync(scope, id, cancellationToken)} cannot go into the public report: only examples whose country consented to public display do, not anonymised versions.");
            }

            boxes.Add(new ReportExampleBox(
                summary.Id,
                summary.DomainCode,
                summary.CapabilityCode,
                catalog.Capability(summary.CapabilityCode)?.Item.Name.English ?? summary.CapabilityCode,
                summary.Title,
                summary.Source,
                summary.Shown == ExampleShown.Named,
                view.Draft.WhatWasDone,
                view.Draft.Results,
                view.Draft.Lessons,
                summary.PhaseReached));
        }

        return boxes;
    }

    /// <summary>The examples a report for <paramref name="audience"/> may carry (what a picker offers), newest first.</summary>
    /// <exception cref="AccessDeniedException">Someone other than the secretariat asked.</exception>
    public async Task<IReadOnlyList<ExampleSummary>> CandidatesAsync(AccessScope scope, ReportAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not choose examples for a report: the secretariat does.");
        }

        var found = await library.SearchAsync(Readers(audience), new ExampleQuery(), cancellationToken);
        return audience == ReportAudience.Public ? [.. found.Where(s => s.Shown == ExampleShown.Named)] : found;
    }

    /// <summary>Reads "12, 15,40" (a download's or the command line's list) into ids; null with the reason when it is not a list of ids.</summary>
    public static IReadOnlyList<int>? ParseIds(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var ids = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                error = $"'{part}' is not an example id (give ids separated by commas, e.g. examples=12,15).";
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private static AccessScope Readers(ReportAudience audience) => audience == ReportAudience.Public ? AccessScope.Anonymous : PublishedExamples.Members;

    // "12 (“Barnahus in Chisinau”)" as the secretariat reads it, so a refusal names the example; the id alone when there is none.
    private async Task<string> NameAsync(AccessScope scope, int id, CancellationToken cancellationToken)
    {
        var number = id.ToString(CultureInfo.InvariantCulture);
        return await library.TitleAsync(scope, id, cancellationToken) is { } title ? $"{number} (“{title}”)" : number;
    }
}
