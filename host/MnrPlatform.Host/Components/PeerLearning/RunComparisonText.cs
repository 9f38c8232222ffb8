using System.Globalization;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>The agreement of two stored runs in words.</summary>
internal static class RunComparisonText
{
    /// <summary>E.g. "Runs 5 and 3 agree at an adjusted Rand index of 0.87 over the 42 countries both clustered."</summary>
    public static string Of(int first, int second, RunAgreement agreement) => agreement.AdjustedRandIndex is { } ari
        ? string.Create(CultureInfo.InvariantCulture, $"Runs {first} and {second} agree at an adjusted Rand index of {ari:0.00} over the {agreement.CommonUnits} countries both clustered (1 is the same partition; 0 is no more than chance).")
        : string.Create(CultureInfo.InvariantCulture, $"Runs {first} and {second} cannot be compared: they have {agreement.CommonUnits} clustered countries in common, and at least 2 are needed.");
}
