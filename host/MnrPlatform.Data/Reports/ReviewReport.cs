using System.Globalization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Reports;

/// <summary>Who a report is written for; the audience, not the person running it, decides what it may hold.</summary>
public enum ReportAudience
{
    /// <summary>Anyone: only aggregates that pass small-cell suppression.</summary>
    Public,

    /// <summary>The Alliance secretariat: unsuppressed figures, marked on every page.</summary>
    Secretariat,
}

/// <summary>A round's review report, written from its validated answers: the model every renderer draws.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Audience">Who it is for.</param>
/// <param name="Round">The round.</param>
/// <param name="MinimumCellSize">k: in a public report no count below k is shown; compared income groups hold at least k countries in every report.</param>
/// <param name="Method">The introduction's facts.</param>
/// <param name="Snapshot">Figure 1: the capabilities in place.</param>
/// <param name="Domains">One section per domain, in the domains' order.</param>
/// <param name="Annex">The methodology annex: every indicator used.</param>
public sealed record ReviewReport(
    string Title,
    ReportAudience Audience,
    RoundSummary Round,
    int MinimumCellSize,
    ReportMethod Method,
    ReportFigure Snapshot,
    IReadOnlyList<DomainSection> Domains,
    IReadOnlyList<AnnexRow> Annex)
{
    /// <summary>The banner on every page of a secretariat report.</summary>
    public const string SecretariatBanner = "Secretariat report: not for publication — contains unsuppressed figures";

    /// <summary>What the report promises about the countries behind its figures.</summary>
    public const string NonEvaluationStatement =
        "This report does not intend to evaluate or assess country progress, capabilities or quality of services, " +
        "but rather to illustrate efforts towards global learning and exchange. It does not rank or name countries.";

    /// <summary>The banner for this audience, in the report's language; null for a public report.</summary>
    public string? Banner => Audience == ReportAudience.Secretariat ? ReportWords.Get("Banner", Culture) : null;

    /// <summary>The language the report is written in (<see cref="ReportLanguages"/>); English by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>True when the report is written right to left (Arabic).</summary>
    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>Examples of practice chosen for the report, each drawn as a box in its capability's section (<see cref="ReportExamples"/>).</summary>
    public IReadOnlyList<ReportExampleBox> Examples { get; init; } = [];

    /// <summary>Every figure in number order.</summary>
    public IEnumerable<ReportFigure> Figures => Domains.SelectMany(d => d.Figures).Prepend(Snapshot);
}

/// <summary>The introduction's facts about how the round was surveyed.</summary>
/// <param name="Countries">How many countries have validated answers in the round.</param>
/// <param name="Instruments">Who answered which instrument.</param>
/// <param name="Disclosure">How the figures were protected, in words.</param>
public sealed record ReportMethod(int Countries, IReadOnlyList<InstrumentFact> Instruments, string Disclosure);

/// <summary>One instrument of the round.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its display name.</param>
/// <param name="RespondentType">Who answers it.</param>
/// <param name="Countries">How many countries answered it (validated).</param>
public sealed record InstrumentFact(string Code, string Name, string RespondentType, int Countries);

/// <summary>A numbered figure: bars with the data table beside them.</summary>
/// <param name="Number">Its number in the report ("Figure 2").</param>
/// <param name="Title">Its caption.</param>
/// <param name="Rows">One bar per row, in display order; a withheld row has no numbers.</param>
/// <param name="Note">What the reader should know (withheld rows, denominators).</param>
public sealed record ReportFigure(int Number, string Title, IReadOnlyList<FigureRow> Rows, string Note);

/// <summary>One bar of a figure.</summary>
/// <param name="IndicatorId">The indicator it shows.</param>
/// <param name="Label">Its label.</param>
/// <param name="Group">The value and counts as the audience may see them.</param>
public sealed record FigureRow(string IndicatorId, string Label, ShownGroup Group)
{
    /// <summary>What the bar's end and the table say: "95% (40 of 42)", or "withheld".</summary>
    public string Text => Group.IsPublished ? $"{Group.Display}% ({Group.Counts})" : "withheld";
}

/// <summary>One domain's section.</summary>
/// <param name="Code">The domain code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it covers.</param>
/// <param name="Introduction">The plugin's opening paragraphs; empty when the domain has the generic section.</param>
/// <param name="Capabilities">Its capabilities with findings, in registration order.</param>
/// <param name="Figures">Its figures: every indicator over all countries, then by income group where the groups may be compared; none when no indicator of the domain has answers.</param>
public sealed record DomainSection(string Code, string Name, string Description, IReadOnlyList<string> Introduction, IReadOnlyList<CapabilitySection> Capabilities, IReadOnlyList<ReportFigure> Figures);

/// <summary>One capability's findings.</summary>
/// <param name="Code">The capability code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Findings">One per indicator with answers in the round, except the share at each self-assessed phase, which is told in its phase-or-above finding.</param>
public sealed record CapabilitySection(string Code, string Name, IReadOnlyList<Finding> Findings);

/// <summary>One indicator's finding.</summary>
/// <param name="IndicatorId">The indicator it is written from.</param>
/// <param name="IndicatorName">The indicator's name.</param>
/// <param name="Text">The sentence; when the audience may not see the numbers, says they are withheld.</param>
/// <param name="IncomeText">The income-group comparison; null when it may not be written.</param>
/// <param name="Phases">For a "phase p or above" finding, the share at each self-assessed phase of the same question; otherwise empty.</param>
public sealed record Finding(string IndicatorId, string IndicatorName, string Text, string? IncomeText, IReadOnlyList<FindingPart> Phases)
{
    /// <summary>What introduces <see cref="Phases"/> in the text.</summary>
    public const string PhasesLead = "By self-assessed phase:";
}

/// <summary>A further figure of a finding, written from its own indicator.</summary>
/// <param name="IndicatorId">The indicator it is written from.</param>
/// <param name="Text">"phase 2 (48 per cent, 20 of 42)", or "phase 1 withheld".</param>
public sealed record FindingPart(string IndicatorId, string Text);

/// <summary>One indicator of the methodology annex.</summary>
/// <param name="IndicatorId">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Computation">Its formula in words.</param>
/// <param name="DenominatorRule">Who is counted in N.</param>
/// <param name="Instruments">The instruments that ask its questions.</param>
/// <param name="Suppression">The suppression threshold applied in this report.</param>
public sealed record AnnexRow(string IndicatorId, string Name, string Computation, string DenominatorRule, string Instruments, string Suppression);
