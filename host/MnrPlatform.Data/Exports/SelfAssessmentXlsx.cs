using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// A country's self-assessment as a workbook: "summary" (per capability its phase, what the phase
/// looks like, in place, evidence, whether it has a plan), "action plan" (per planned capability:
/// phase, target, actions, owner, timeline, support wanted) and "read me" (country, round, label,
/// who may see it). Phases are numbers; everything else is text.
/// </summary>
public static class SelfAssessmentXlsx
{
    /// <summary>The summary sheet.</summary>
    public const string SummarySheet = "summary";

    /// <summary>The action plan sheet.</summary>
    public const string ActionPlanSheet = "action plan";

    /// <summary>The action plan sheet's header.</summary>
    public static IReadOnlyList<string> ActionPlanHeaders { get; } =
        ["domain", "capability code", "capability", "current phase", "target phase", "actions", "owner", "timeline", "support wanted"];

    /// <summary>The XLSX bytes of <paramref name="output"/>.</summary>
    public static byte[] ToBytes(SelfAssessmentOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var book = new XlsxWriter(stream))
        {
            book.AddSheetWithNumbers(SummarySheet, [
                ["domain", "capability code", "capability", "phase", "what the phase looks like", "in place", "evidence", "action plan"],
                .. output.Capabilities.Select(c => (IReadOnlyList<object?>)[c.Domain, c.CapabilityCode, c.Capability, c.Phase, c.PhaseDescription, c.InPlace, c.Evidence, c.Plan is null ? "no" : "yes"])]);
            book.AddSheetWithNumbers(ActionPlanSheet, [[.. ActionPlanHeaders], .. output.Plans.Select(PlanRow)]);
            book.AddSheet("read me", [
                [$"Self-assessment summary and action plan · {output.Country.Name} ({output.Country.Iso3}) · {output.Round.Name}"],
                .. output.Round.SyntheticDataLabel is { } label ? [(IReadOnlyList<string?>)[label]] : Array.Empty<IReadOnlyList<string?>>(),
                [$"Income group: {output.IncomeGroupName ?? "not classified"}"],
                [$"Confidential: seen only by the secretariat and {output.Country.Name}'s focal points."],
                ["Phases run from 1 (building) to 4 (maturity). They are not pass marks: read the capabilities together."]]);
        }

        return stream.ToArray();
    }

    /// <summary>A planned capability's row on the action plan sheet, in <see cref="ActionPlanHeaders"/> order.</summary>
    public static IReadOnlyList<object?> PlanRow(SelfAssessmentCapability capability)
    {
        ArgumentNullException.ThrowIfNull(capability);
        var plan = capability.Plan ?? throw new ArgumentException("The capability has no action plan.", nameof(capability));
        return [capability.Domain, capability.CapabilityCode, capability.Capability, capability.Phase, plan.TargetPhase, plan.Actions, plan.Owner, plan.Timeline, string.Join("; ", plan.SupportWanted)];
    }
}
