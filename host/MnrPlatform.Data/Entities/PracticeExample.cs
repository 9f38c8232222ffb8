namespace MnrPlatform.Data.Entities;

/// <summary>
/// A country's example of practice for one capability: what was done, what came of it, the
/// challenges and lessons. Text changes make a new <see cref="Version"/>, and a consent covers one
/// version and one visibility only.
/// </summary>
public sealed class PracticeExample
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The country whose practice it describes.</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The capability it is an example for.</summary>
    public required string CapabilityCode { get; set; }

    /// <summary>The capability's domain (taken from the catalog when recorded).</summary>
    public required string DomainCode { get; set; }

    /// <summary>A short title.</summary>
    public required string Title { get; set; }

    /// <summary>What was done.</summary>
    public required string WhatWasDone { get; set; }

    /// <summary>What came of it.</summary>
    public string? Results { get; set; }

    /// <summary>What was hard.</summary>
    public string? Challenges { get; set; }

    /// <summary>What others can learn from it.</summary>
    public string? Lessons { get; set; }

    /// <summary>The Maturity Model phase (1..4) it helped the country reach; null when not said.</summary>
    public int? PhaseReached { get; set; }

    /// <summary>Links to public material, as a JSON array of absolute http(s) URLs.</summary>
    public string Links { get; set; } = "[]";

    /// <summary>Whom to contact, as a role (e.g. "Head of the national cybercrime unit"); never a private person unless they agreed.</summary>
    public string? ContactRole { get; set; }

    /// <summary>A named contact person, only when <see cref="ContactAgreed"/>.</summary>
    public string? ContactName { get; set; }

    /// <summary>Whether the named contact agreed to be named.</summary>
    public bool ContactAgreed { get; set; }

    /// <summary>The language the text is written in (BCP 47, e.g. "en", "fr").</summary>
    public required string Language { get; set; }

    /// <summary>Themes set by the secretariat, as a JSON array of theme codes.</summary>
    public string Themes { get; set; } = "[]";

    /// <summary>Where it is in curation.</summary>
    public PracticeExampleStatus Status { get; set; }

    /// <summary>The visibility the secretariat proposes; shown only with the country's consent to this version.</summary>
    public ExampleVisibility ProposedVisibility { get; set; }

    /// <summary>The text's version: 1 when recorded, +1 at every change of its text.</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// The level of an anonymised version the secretariat published ("a country in Eastern Europe");
    /// null when none. Allowed only when enough countries share that level.
    /// </summary>
    public AnonymityLevel? AnonymisedAs { get; set; }

    /// <summary>Who may see the anonymised version; meaningful only with <see cref="AnonymisedAs"/>.</summary>
    public ExampleVisibility AnonymisedVisibility { get; set; }

    /// <summary>The round and question it was recorded in, when an instrument asked for it.</summary>
    public string? RoundCode { get; set; }

    /// <summary>The example question it answers, when an instrument asked for it.</summary>
    public string? QuestionId { get; set; }

    /// <summary>Who recorded it (user name).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who changed it last (user name).</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When it changed last (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Every consent given for it, current and withdrawn.</summary>
    public List<ExampleConsent> Consents { get; } = [];

    /// <summary>Its files.</summary>
    public List<ExampleAttachment> Attachments { get; } = [];

    /// <summary>The secretariat's suggested edits.</summary>
    public List<ExampleEditSuggestion> Suggestions { get; } = [];
}
