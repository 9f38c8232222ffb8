namespace MnrPlatform.Data.Reports;

/// <summary>
/// An example of practice the secretariat chose for the report, drawn as a box in its capability's
/// section, as the report's audience may see it (<see cref="ReportExamples"/>).
/// </summary>
/// <param name="ExampleId">The example.</param>
/// <param name="DomainCode">Its domain.</param>
/// <param name="CapabilityCode">Its capability.</param>
/// <param name="CapabilityName">The capability's name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">Its country's name when its country consented to be named, else the anonymised label.</param>
/// <param name="Named">Whether <paramref name="Source"/> names the country.</param>
/// <param name="WhatWasDone">What was done.</param>
/// <param name="Results">What came of it.</param>
/// <param name="Lessons">What others can learn.</param>
/// <param name="PhaseReached">The phase it helped reach.</param>
public sealed record ReportExampleBox(
    int ExampleId,
    string DomainCode,
    string CapabilityCode,
    string CapabilityName,
    string Title,
    string Source,
    bool Named,
    string WhatWasDone,
    string? Results,
    string? Lessons,
    int? PhaseReached)
{
    /// <summary>The box's heading: "Example of practice: {title}".</summary>
    public string Heading => $"Example of practice: {Title}";

    /// <summary>Where it comes from, and on what terms: "Moldova (shared with its consent)".</summary>
    public string SourceLine => Named ? $"{Source} (shared with the country's consent)" : $"{Source} (anonymised)";
}

/// <summary>A chosen example that may not go into the report, with the reason.</summary>
public sealed class ReportExampleException(string message) : Exception(message);
