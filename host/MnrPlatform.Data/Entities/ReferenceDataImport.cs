namespace MnrPlatform.Data.Entities;

/// <summary>One import of the country reference data: what was loaded, from where and when.</summary>
public sealed class ReferenceDataImport
{
    /// <summary>Increasing id: the latest import has the highest.</summary>
    public int Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Where the files came from: <c>shipped</c> for the data built into the platform, else the folder.</summary>
    public required string Source { get; set; }

    /// <summary>SHA-256 of the files' content, to tell whether the shipped data has changed since.</summary>
    public required string ContentHash { get; set; }

    /// <summary>How many countries were loaded.</summary>
    public int Countries { get; set; }

    /// <summary>How many income-group classifications were loaded.</summary>
    public int IncomeGroups { get; set; }
}
