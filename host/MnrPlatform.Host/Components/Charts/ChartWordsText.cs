using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Charts;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Charts;

/// <summary>The built-in figures' words (<see cref="ChartWords"/>) in the request's language, from DomainText's "Figure.*" keys.</summary>
public static class ChartWordsText
{
    /// <summary>The figures' words as <paramref name="words"/> gives them now.</summary>
    public static ChartWords From(IStringLocalizer<DomainText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new ChartWords
        {
            Yes = words["Figure.Yes"],
            No = words["Figure.No"],
            PerCent = words["Figure.PerCent"],
            PercentAxis = words["Figure.PercentAxis"],
            CountOf = words["Counts"],
            Suppressed = words["Figure.Suppressed"],
            NoAnswers = words["NoAnswers"],
            PhaseNumbered = words["Figure.PhaseNumbered"],
            SuppressedSegment = words["Figure.SuppressedSegment"],
            SuppressedTogether = words["Figure.SuppressedTogether"],
            Phase = words["Figure.Phase"],
            PhaseLower = words["Figure.PhaseLower"],
            Median = words["Figure.Median"],
            RightToLeft = PlatformCultures.CurrentIsRightToLeft,
        };
    }
}
