namespace MnrPlatform.Data.PeerLearning;

/// <summary>A clustering run to store: its figures for lists and the staleness check, its record and model as the analytics module wrote them.</summary>
/// <param name="RoundCode">The round clustered.</param>
/// <param name="InputsHash">The fingerprint of the profiles and options (lowercase hex SHA-256).</param>
/// <param name="Seed">The seed.</param>
/// <param name="OptionsJson">The options as JSON.</param>
/// <param name="Engine">The library and trainer, with its version.</param>
/// <param name="K">The number of clusters; null when none were made.</param>
/// <param name="UnitCount">The number of countries clustered.</param>
/// <param name="AgreementWithPam">The adjusted Rand index with PAM; null when no clusters were made.</param>
/// <param name="RunJson">The canonical run record.</param>
/// <param name="Model">The trained model; null when no clusters were made.</param>
public sealed record NewClusterRun(
    string RoundCode,
    string InputsHash,
    int Seed,
    string OptionsJson,
    string Engine,
    int? K,
    int UnitCount,
    double? AgreementWithPam,
    string RunJson,
    byte[]? Model);

/// <summary>A stored run as the history lists it (without its record and model).</summary>
/// <param name="Id">The run's id; a higher id is newer.</param>
/// <param name="RoundCode">The round clustered.</param>
/// <param name="CreatedAt">When it was run (UTC).</param>
/// <param name="CreatedBy">Who ran it.</param>
/// <param name="InputsHash">The fingerprint of its inputs.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Engine">The library and trainer.</param>
/// <param name="K">The number of clusters; null when none were made.</param>
/// <param name="UnitCount">The number of countries clustered.</param>
/// <param name="AgreementWithPam">The adjusted Rand index with PAM; null when no clusters were made.</param>
public sealed record ClusterRunEntry(
    int Id,
    string RoundCode,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string InputsHash,
    int Seed,
    string Engine,
    int? K,
    int UnitCount,
    double? AgreementWithPam);

/// <summary>A stored run with its record and model.</summary>
/// <param name="Entry">What the history shows of it.</param>
/// <param name="OptionsJson">The options as JSON.</param>
/// <param name="RunJson">The canonical run record.</param>
/// <param name="Model">The trained model; null when no clusters were made.</param>
public sealed record StoredClusterRun(ClusterRunEntry Entry, string OptionsJson, string RunJson, byte[]? Model);
