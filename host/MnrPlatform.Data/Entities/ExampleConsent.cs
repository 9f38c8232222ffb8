namespace MnrPlatform.Data.Entities;

/// <summary>
/// A country's consent to show one version of its example at one visibility. A changed text needs a
/// fresh consent; a withdrawn consent hides the example again at once.
/// </summary>
public sealed class ExampleConsent
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The example.</summary>
    public int ExampleId { get; set; }

    /// <summary>The version of the text consented to.</summary>
    public int Version { get; set; }

    /// <summary>The widest visibility consented to.</summary>
    public ExampleVisibility Visibility { get; set; }

    /// <summary>Who consented (user name of the country's focal point).</summary>
    public required string GivenBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset GivenAt { get; set; }

    /// <summary>Who withdrew it; null while it stands.</summary>
    public string? WithdrawnBy { get; set; }

    /// <summary>When it was withdrawn (UTC); null while it stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
