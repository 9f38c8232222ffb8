namespace MnrPlatform.Analytics.Runs;

/// <summary>A run and the model that places later units in its clusters.</summary>
/// <param name="Run">The run.</param>
/// <param name="Model">The trained model; null when no clusters were made.</param>
public sealed record ClusterRunResult(ClusterRun Run, ClusterModel? Model);
