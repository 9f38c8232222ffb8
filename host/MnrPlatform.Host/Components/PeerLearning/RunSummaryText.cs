using Microsoft.Extensions.Localization;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>A stored run's figures and quality in the request's language.</summary>
internal sealed class RunSummaryText(IStringLocalizer<PeerLearningText> l)
{
    /// <summary>The summary of <paramref name="run"/>, compared with <see cref="PeerLearningView.Previous"/> when the run was.</summary>
    public RunSummary Of(PeerLearningView view, ClusterRun run)
    {
        var quality = run.Quality;
        return new RunSummary(
            run.Inputs.UnitCount,
            run.Status == ClusterRunStatus.Clustered ? ShownFormat.Number(run.Clusters.Count) : l["Clusters.None"],
            quality is null ? "–" : Number(quality.MeanSilhouette),
            l["Clusters.MapShare", ShownFormat.Percent((decimal)(run.Map.ExplainedShare * 100))],
            quality is null ? null : l["Clusters.Quality",
                BidiText.Isolate(run.Inputs.Engine),
                Number(quality.AgreementWithPam),
                Number(quality.AgreementWithHierarchical),
                quality.DaviesBouldin is { } db ? Number(db) : "–",
                string.Join(l["Common.ListSeparator"].Value, run.Candidates.Select(c => l["Clusters.Candidate", ShownFormat.Number(c.K), Number(c.MeanSilhouette)].Value))].Value,
            quality?.AgreementWithPrevious is { } moved && view.Previous is { } before
                ? l["Clusters.Previous", BidiText.Isolate(before.Name), Number(moved), ShownFormat.Number(quality.UnitsInPrevious)].Value
                : null,
            quality is { WeakStructure: true } ? WeakReasons(run.Inputs.Options, quality) : null);
    }

    // Analytics gives its reasons in English; the same tests on the recorded thresholds, in words here.
    private string WeakReasons(RecordedOptions options, ClusterQuality quality)
    {
        var reasons = new List<string>();
        if (quality.AgreementWithPam < options.AgreementThreshold)
        {
            reasons.Add(l["Clusters.Weak.Pam", Number(quality.AgreementWithPam), Number(options.AgreementThreshold)]);
        }

        if (quality.AgreementWithHierarchical < options.AgreementThreshold)
        {
            reasons.Add(l["Clusters.Weak.Tree", Number(quality.AgreementWithHierarchical), Number(options.AgreementThreshold)]);
        }

        if (quality.MeanSilhouette < options.WeakSilhouetteThreshold)
        {
            reasons.Add(l["Clusters.Weak.Silhouette", Number(quality.MeanSilhouette), Number(options.WeakSilhouetteThreshold)]);
        }

        return string.Join(l["Common.ItemSeparator"].Value, reasons) + l["Common.FullStop"];
    }

    private static string Number(double value) => ShownFormat.Number((decimal)value, 2);
}
