namespace MnrPlatform.Data.Audit;

/// <summary>The stable codes of <see cref="Entities.AuditEntry.Action"/>.</summary>
public static class AuditActions
{
    /// <summary>An account was created.</summary>
    public const string UserCreated = "user.created";

    /// <summary>An account's role or country changed.</summary>
    public const string UserRoleChanged = "user.role-changed";

    /// <summary>An account was disabled.</summary>
    public const string UserDisabled = "user.disabled";

    /// <summary>An account was enabled again.</summary>
    public const string UserEnabled = "user.enabled";

    /// <summary>An administrator set a new password for an account.</summary>
    public const string PasswordReset = "user.password-reset";

    /// <summary>A user changed their own password.</summary>
    public const string PasswordChanged = "account.password-changed";

    /// <summary>A user signed in.</summary>
    public const string SignedIn = "account.signed-in";

    /// <summary>A sign-in failed (wrong password, disabled or unknown account).</summary>
    public const string SignInFailed = "account.sign-in-failed";

    /// <summary>Too many failed sign-ins locked an account for a while.</summary>
    public const string LockedOut = "account.locked-out";

    /// <summary>The secretariat read a country's unit-level data.</summary>
    public const string UnitDataRead = "unit-data.read";

    /// <summary>A step of a peer-learning exchange (suggested, consent asked, accepted, declined, withdrawn, arranged, completed, closed).</summary>
    public const string ExchangeStep = "exchange.step";

    /// <summary>A step of a submission's review: submitted, queried, resubmitted, validated, reopened.</summary>
    public const string SubmissionStep = "submission.step";

    /// <summary>A survey round was created or its status changed (open, closed, published).</summary>
    public const string RoundChanged = "round.changed";

    /// <summary>A draft round was set up: its code, name, year, instruments, countries and deadline.</summary>
    public const string RoundCreated = "round.created";

    /// <summary>Countries were invited to a round's instrument or taken off it.</summary>
    public const string RoundCountriesChanged = "round.countries-changed";

    /// <summary>A round's deadline, or one country's, was set or moved.</summary>
    public const string RoundDeadlineChanged = "round.deadline-changed";

    /// <summary>The questions of an instrument were chosen for a draft round.</summary>
    public const string RoundQuestionsChanged = "round.questions-changed";

    /// <summary>A file of answers was imported into a round (file name, SHA-256, counts).</summary>
    public const string AnswersImported = "answers.imported";

    /// <summary>A round's answers were exported to a file (format, filter, rows).</summary>
    public const string AnswersExported = "answers.exported";

    /// <summary>A focal point was invited (account created or bound; never the link's secret).</summary>
    public const string InvitationIssued = "invitation.issued";

    /// <summary>An invitation was sent again with a fresh link (the old one stopped working).</summary>
    public const string InvitationResent = "invitation.resent";

    /// <summary>An invitation was revoked.</summary>
    public const string InvitationRevoked = "invitation.revoked";

    /// <summary>An invited person followed the link and set their password.</summary>
    public const string InvitationAccepted = "invitation.accepted";

    /// <summary>A user made a personal access token (its name and expiry, never the secret).</summary>
    public const string TokenCreated = "token.created";

    /// <summary>A personal access token was revoked.</summary>
    public const string TokenRevoked = "token.revoked";

    /// <summary>Every code above, in this order (the audit log page filters by them).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UserCreated, UserRoleChanged, UserDisabled, UserEnabled, PasswordReset, PasswordChanged,
        SignedIn, SignInFailed, LockedOut, UnitDataRead, ExchangeStep, SubmissionStep, RoundChanged, RoundCreated,
        RoundCountriesChanged, RoundDeadlineChanged, RoundQuestionsChanged, AnswersImported, AnswersExported,
        InvitationIssued, InvitationResent, InvitationRevoked, InvitationAccepted,
        TokenCreated, TokenRevoked,
    ];

    /// <summary>The secretariat made an instrument by picking questions from the catalogue.</summary>
    public const string InstrumentCreated = "instrument.created";

    /// <summary>The secretariat changed the questions of an instrument it made.</summary>
    public const string InstrumentQuestionsChanged = "instrument.questions-changed";

    /// <summary>A country confirmed answers carried forward from an earlier round.</summary>
    public const string CarriedAnswersConfirmed = "answers.carried-confirmed";

    /// <summary>An example of practice was recorded (issue 23).</summary>
    public const string PracticeExampleCreated = "practice.created";

    /// <summary>An example's text changed (a new version), by its country or the secretariat, or by accepting a suggested edit.</summary>
    public const string PracticeExampleEdited = "practice.edited";

    /// <summary>An example was sent to the secretariat for review.</summary>
    public const string PracticeExampleSubmitted = "practice.submitted";

    /// <summary>The secretariat suggested an edit to an example, or its country accepted or declined one.</summary>
    public const string PracticeEditSuggestion = "practice.edit-suggestion";

    /// <summary>The secretariat set an example's themes and proposed visibility, approved it or took the approval back.</summary>
    public const string PracticeExampleCurated = "practice.curated";

    /// <summary>A country consented to show a version of its example at a visibility, or withdrew its consent.</summary>
    public const string PracticeConsent = "practice.consent";

    /// <summary>The secretariat published an anonymised version of an example, or took it down.</summary>
    public const string PracticeExampleAnonymised = "practice.anonymised";

    /// <summary>The secretariat archived an example or brought it back.</summary>
    public const string PracticeExampleArchived = "practice.archived";
}
