namespace MnrPlatform.Data.Entities;

/// <summary>
/// A clustering run of a round as the secretariat stored it: kept as a history, never overwritten.
/// The run record and the model are opaque here (the analytics module writes and reads them); the
/// other columns are what lists and the staleness check need without reading them.
/// </summary>
public sealed class ClusterRunRecord
{
    /// <summary>Surrogate key; a higher id is a newer run.</summary>
    public int Id { get; set; }

    /// <summary>The round whose validated results were clustered.</summary>
    public required string RoundCode { get; set; }

    /// <summary>When it was run (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who ran it (the actor's name, e.g. an e-mail or <c>cli:user</c>).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The actor's account id; null for the command line.</summary>
    public string? CreatedById { get; set; }

    /// <summary>The fingerprint of the profiles and options the run was computed from (lowercase hex SHA-256).</summary>
    public required string InputsHash { get; set; }

    /// <summary>The seed of the run.</summary>
    public int Seed { get; set; }

    /// <summary>The options of the run as JSON.</summary>
    public required string OptionsJson { get; set; }

    /// <summary>The library and trainer that clustered, with its version.</summary>
    public required string Engine { get; set; }

    /// <summary>The number of clusters chosen; null when none were made.</summary>
    public int? K { get; set; }

    /// <summary>The number of countries clustered.</summary>
    public int UnitCount { get; set; }

    /// <summary>The adjusted Rand index of the engine's partition with PAM's; null when no clusters were made.</summary>
    public double? AgreementWithPam { get; set; }

    /// <summary>The canonical run record (JSON): clusters, members, metrics, map.</summary>
    public required string RunJson { get; set; }

    /// <summary>The trained model that places later countries; null when no clusters were made.</summary>
    public byte[]? Model { get; set; }
}
