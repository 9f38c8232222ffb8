namespace MnrPlatform.Host.Web.Api;

/// <summary>A new round: it starts as a draft.</summary>
/// <param name="Code">Stable code, used in URLs, e.g. <c>2027-review</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">The year it refers to.</param>
/// <param name="Instruments">The instruments' codes, at least one.</param>
/// <param name="IncomeClassificationYear">The World Bank classification year for income breakdowns; null: the newest in the reference data.</param>
/// <param name="Countries">The countries invited to every instrument; null: none yet.</param>
/// <param name="Deadline">When answers are due; null: none.</param>
/// <param name="CarryForwardFrom">The round whose answers pre-fill the questionnaires; null: none.</param>
internal sealed record CreateRoundRequest(
    string? Code,
    string? Name,
    int? Year,
    IReadOnlyList<string>? Instruments,
    int? IncomeClassificationYear,
    CountrySelectionRequest? Countries,
    DateTimeOffset? Deadline,
    string? CarryForwardFrom);

/// <summary>A choice of countries: the union of a list, regions, income groups and the countries of an earlier round.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 codes.</param>
/// <param name="Regions">UN M49 region or sub-region names, e.g. "Africa".</param>
/// <param name="IncomeGroups">World Bank income group codes, e.g. "LIC".</param>
/// <param name="CountriesOfRound">A round whose participants are taken.</param>
internal sealed record CountrySelectionRequest(IReadOnlyList<string>? Iso3, IReadOnlyList<string>? Regions, IReadOnlyList<string>? IncomeGroups, string? CountriesOfRound);

/// <summary>A round's code and status after a change.</summary>
/// <param name="Code">The round.</param>
/// <param name="Status">draft, open, closed or published.</param>
internal sealed record RoundStatusDto(string Code, string Status);

/// <summary>Invite a person as a country's focal point for a round.</summary>
/// <param name="Email">The person's e-mail address.</param>
/// <param name="Country">The country (ISO3) they answer for.</param>
/// <param name="Instrument">The instrument; null for every instrument of the round.</param>
internal sealed record InviteRequest(string? Email, string? Country, string? Instrument);

/// <summary>An invitation just made.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Link">The single-use link where the person sets a password; pass it on by hand when <paramref name="EmailQueued"/> is false.</param>
/// <param name="EmailQueued">True when an e-mail was queued for the SMTP server.</param>
internal sealed record InvitationDto(int Id, Uri Link, bool EmailQueued);

/// <summary>Answers to save by question id (a blank value clears an answer). All or nothing.</summary>
/// <param name="Answers">Question id → the answer.</param>
internal sealed record SaveAnswersRequest(IReadOnlyDictionary<string, AnswerRequest>? Answers);

/// <summary>One answer in stored form: codes, multiple-choice codes joined by <c>|</c>, numbers with a dot, phases 1–4.</summary>
internal sealed record AnswerRequest(string? Value, string? Comment, string? EvidenceUrl);

/// <summary>Send the answers to the secretariat; after a query, <paramref name="Reply"/> answers it.</summary>
internal sealed record SubmitRequest(string? Reply);

/// <summary>The secretariat asks the country a question, about one question or the whole submission.</summary>
internal sealed record QueryRequest(string? Comment, string? QuestionId);

/// <summary>A submission's status after a step or a save.</summary>
/// <param name="Round">The round.</param>
/// <param name="Country">The country.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Status">draft, submitted, queried, resubmitted or validated.</param>
/// <param name="AnswersSaved">How many answers the request held (saves only).</param>
internal sealed record SubmissionStatusDto(string Round, string Country, string Instrument, string Status, int? AnswersSaved = null);

/// <summary>A submission with its answers and review history.</summary>
internal sealed record SubmissionDto(
    string Round,
    string Country,
    string Instrument,
    string Status,
    string RoundStatus,
    string? SyntheticDataLabel,
    IReadOnlyList<SubmissionAnswerDto> Answers,
    IReadOnlyList<SubmissionEventDto> Events,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview);

/// <summary>One stored answer.</summary>
internal sealed record SubmissionAnswerDto(string Question, string Value, string? Comment, string? EvidenceUrl, string? SetBy, DateTimeOffset? SetAt);

/// <summary>A step of the review.</summary>
internal sealed record SubmissionEventDto(DateTimeOffset At, string Actor, string Action, string Status, string? Comment, string? Question);

/// <summary>One problem of a refused file: where (file, sheet, row, column) and why.</summary>
internal sealed record FileProblemDto(string File, string? Sheet, int? Row, string? Column, string Reason, string Text);
