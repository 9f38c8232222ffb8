using Microsoft.Extensions.Localization;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>The agreement of two stored runs in words.</summary>
internal static class RunComparisonText
{
    /// <summary>E.g. "Runs 5 and 3 agree at an adjusted Rand index of 0.87 over the 42 countries both clustered."</summary>
    public static string Of(IStringLocalizer<PeerLearningText> l, int first, int second, RunAgreement agreement) => agreement.AdjustedRandIndex is { } ari
        ? l["Compare.Agree", first, second, ShownFormat.Number((decimal)ari, 2), agreement.CommonUnits]
        : l["Compare.Cannot", first, second, agreement.CommonUnits];
}
