using System.Globalization;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// The words the built-in figures write into a figure (trace and legend names, axis titles, hover
/// text), in one language. <see cref="English"/> is the default of every figure builder; the host
/// passes the request's language. "{0} of {1}" style patterns are positional.
/// </summary>
public sealed record ChartWords
{
    /// <summary>The English words (the golden files' figures).</summary>
    public static ChartWords English { get; } = new();

    /// <summary>The "yes" trace of a share chart.</summary>
    public string Yes { get; init; } = "Yes";

    /// <summary>The "no" trace of a share chart.</summary>
    public string No { get; init; } = "No";

    /// <summary>What follows a share on hover: "76 per cent".</summary>
    public string PerCent { get; init; } = "per cent";

    /// <summary>The x-axis title of a share chart.</summary>
    public string PercentAxis { get; init; } = "Percentage of countries";

    /// <summary>n of N: "{0} of {1}".</summary>
    public string CountOf { get; init; } = "{0} of {1}";

    /// <summary>A hidden value's hover text.</summary>
    public string Suppressed { get; init; } = "suppressed";

    /// <summary>A group without answers' hover text.</summary>
    public string NoAnswers { get; init; } = "no answers";

    /// <summary>A phase's trace: "Phase {0}".</summary>
    public string PhaseNumbered { get; init; } = "Phase {0}";

    /// <summary>The segment holding a row's suppressed phases together.</summary>
    public string SuppressedSegment { get; init; } = "Suppressed";

    /// <summary>The hover of the suppressed segment.</summary>
    public string SuppressedTogether { get; init; } = "small groups, hidden together";

    /// <summary>The heatmap's trace and colour bar title.</summary>
    public string Phase { get; init; } = "Phase";

    /// <summary>A phase on hover, before its number: "phase" in "Leadership: phase 3".</summary>
    public string PhaseLower { get; init; } = "phase";

    /// <summary>True for a right-to-left language: share charts put their labels at the right and their bars grow leftwards.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The radar's median trace.</summary>
    public string Median { get; init; } = "Income-group median";

    /// <summary>"{0} of {1}" with the numbers <paramref name="n"/> and <paramref name="total"/>.</summary>
    public string Of(int n, int total) =>
        string.Format(CultureInfo.InvariantCulture, CountOf, n.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture));

    /// <summary><see cref="PhaseNumbered"/> for phase <paramref name="phase"/>.</summary>
    public string PhaseName(int phase) =>
        string.Format(CultureInfo.InvariantCulture, PhaseNumbered, phase.ToString(CultureInfo.InvariantCulture));
}
