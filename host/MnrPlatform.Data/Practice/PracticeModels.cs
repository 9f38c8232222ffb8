using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Practice;

/// <summary>The text of an example as a country or the secretariat writes it.</summary>
/// <param name="CapabilityCode">The capability it is an example for.</param>
/// <param name="Title">A short title (required, up to 300 characters).</param>
/// <param name="WhatWasDone">What was done (required).</param>
/// <param name="Results">What came of it.</param>
/// <param name="Challenges">What was hard.</param>
/// <param name="Lessons">What others can learn.</param>
/// <param name="PhaseReached">The phase (1..4) it helped reach.</param>
/// <param name="Links">Absolute http(s) links to public material.</param>
/// <param name="ContactRole">Whom to contact, as a role.</param>
/// <param name="ContactName">A named person, only when <paramref name="ContactAgreed"/>.</param>
/// <param name="ContactAgreed">Whether the named person agreed to be named.</param>
/// <param name="Language">The language of the text (en, fr, es, ar, …).</param>
public sealed record ExampleDraft(
    string CapabilityCode,
    string Title,
    string WhatWasDone,
    string? Results,
    string? Challenges,
    string? Lessons,
    int? PhaseReached,
    IReadOnlyList<string> Links,
    string? ContactRole,
    string? ContactName,
    bool ContactAgreed,
    string Language);

/// <summary>What the secretariat sets when it curates an example.</summary>
/// <param name="Themes">Theme codes.</param>
/// <param name="ProposedVisibility">The visibility it proposes to the country.</param>
/// <param name="Approve">Whether the review is done (status Approved).</param>
public sealed record ExampleCuration(IReadOnlyList<string> Themes, ExampleVisibility ProposedVisibility, bool Approve);

/// <summary>How an example is shown to one viewer.</summary>
public enum ExampleShown
{
    /// <summary>Not at all.</summary>
    Hidden,

    /// <summary>Without its country: "a country in Eastern Europe".</summary>
    Anonymised,

    /// <summary>With its country's name.</summary>
    Named,
}

/// <summary>A search of the library; every filter is optional.</summary>
/// <param name="Text">Full-text query over title and text fields.</param>
/// <param name="CapabilityCode">Only this capability.</param>
/// <param name="DomainCode">Only this domain.</param>
/// <param name="Phase">Only examples that helped reach this phase.</param>
/// <param name="Region">Only countries of this M49 region (not applied to anonymised examples above that level).</param>
/// <param name="IncomeGroup">Only countries of this income group code (H, UM, LM, L).</param>
/// <param name="Theme">Only this theme.</param>
/// <param name="Language">Only this language.</param>
/// <param name="CountryIso3">Only this country's named examples.</param>
public sealed record ExampleQuery(
    string? Text = null,
    string? CapabilityCode = null,
    string? DomainCode = null,
    int? Phase = null,
    string? Region = null,
    string? IncomeGroup = null,
    string? Theme = null,
    string? Language = null,
    string? CountryIso3 = null);

/// <summary>An example in a list, as the viewer may see it.</summary>
/// <param name="Id">The example.</param>
/// <param name="Title">Its title.</param>
/// <param name="CapabilityCode">Its capability.</param>
/// <param name="DomainCode">Its domain.</param>
/// <param name="Source">The country's name when shown named, else the anonymised label ("A country in Eastern Europe").</param>
/// <param name="CountryIso3">The country when shown named; null when anonymised.</param>
/// <param name="Shown">Named or anonymised.</param>
/// <param name="PhaseReached">The phase it helped reach.</param>
/// <param name="Excerpt">The start of what was done.</param>
/// <param name="Language">The language of its text.</param>
/// <param name="Progress">Where it stands in curation, consent and anonymisation: for the secretariat and its country only, else null.</param>
public sealed record ExampleSummary(
    int Id, string Title, string CapabilityCode, string DomainCode, string Source, string? CountryIso3, ExampleShown Shown, int? PhaseReached, string Excerpt, string Language,
    ExampleProgress? Progress = null);

/// <summary>An example's page, as the viewer may see it.</summary>
/// <param name="Summary">The list entry.</param>
/// <param name="Draft">The text (contact name only when agreed).</param>
/// <param name="Themes">Its themes.</param>
/// <param name="Attachments">Its files (id, name, type, size).</param>
/// <param name="Status">Its curation status (shown to the secretariat and its country).</param>
/// <param name="Version">Its text version.</param>
/// <param name="ProposedVisibility">The proposed visibility (secretariat and its country).</param>
/// <param name="ConsentedVisibility">The visibility its country consented to for this version; null when none stands.</param>
/// <param name="OpenSuggestions">Suggested edits awaiting the country (secretariat and its country).</param>
/// <param name="Anonymised">The anonymised version already published (secretariat and its country); null when none is.</param>
public sealed record ExampleView(
    ExampleSummary Summary,
    ExampleDraft Draft,
    IReadOnlyList<string> Themes,
    IReadOnlyList<AttachmentInfo> Attachments,
    PracticeExampleStatus? Status,
    int? Version,
    ExampleVisibility? ProposedVisibility,
    ExampleVisibility? ConsentedVisibility,
    IReadOnlyList<SuggestionInfo> OpenSuggestions,
    ExampleAnonymisedVersion? Anonymised = null);

/// <summary>An attachment as listed.</summary>
/// <param name="Id">The attachment.</param>
/// <param name="FileName">Its name.</param>
/// <param name="ContentType">Its type, found from its content.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record AttachmentInfo(int Id, string FileName, string ContentType, long Size);

/// <summary>A suggested edit as listed.</summary>
/// <param name="Id">The suggestion.</param>
/// <param name="Proposed">The proposed text.</param>
/// <param name="Note">Why.</param>
/// <param name="SuggestedBy">Who suggested it.</param>
/// <param name="SuggestedAt">When.</param>
public sealed record SuggestionInfo(int Id, ExampleDraft Proposed, string Note, string SuggestedBy, DateTimeOffset SuggestedAt);

/// <summary>A refused change to an example, with a reason a person can act on (the field when one is at fault).</summary>
public sealed class PracticeException : Exception
{
    /// <summary>A refusal.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="field">The field at fault, when one is.</param>
    public PracticeException(string message, string? field = null)
        : base(message) => Field = field;

    /// <summary>The field at fault, or null.</summary>
    public string? Field { get; }
}

/// <summary>The questionnaire that asked for an example: a country's submission (round, country, instrument) and the example question.</summary>
/// <param name="Submission">The round, country and instrument.</param>
/// <param name="QuestionId">The example question.</param>
public sealed record ExampleAsked(SubmissionKey Submission, string QuestionId)
{
    /// <summary>The round that asked.</summary>
    public string RoundCode => Submission.RoundCode;
}
