using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>A round status step someone asked for: the round as they saw it and where it would go.</summary>
/// <param name="Round">The round.</param>
/// <param name="To">The status asked for.</param>
public sealed record RoundStepRequest(RoundSummary Round, RoundStatus To);
