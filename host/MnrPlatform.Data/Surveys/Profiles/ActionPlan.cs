namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>A capability's action plan as the country set it in a self-assessment (shown only when it answered "set an action plan?" with yes).</summary>
/// <param name="TargetPhase">The phase it aims to reach; null when not given.</param>
/// <param name="Actions">The actions that will take it there.</param>
/// <param name="Owner">The institution that owns the plan.</param>
/// <param name="Timeline">By when, with which milestones.</param>
/// <param name="SupportWanted">The support that would help, as the question's option labels.</param>
public sealed record ActionPlan(int? TargetPhase, string? Actions, string? Owner, string? Timeline, IReadOnlyList<string> SupportWanted);
