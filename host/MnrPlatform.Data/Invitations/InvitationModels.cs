namespace MnrPlatform.Data.Invitations;

/// <summary>Whom to invite as a country's focal point.</summary>
/// <param name="Email">The person's e-mail address (the user name of the account).</param>
/// <param name="CountryIso3">The country they answer for.</param>
/// <param name="RoundCode">The round; null for the platform in general.</param>
/// <param name="InstrumentCode">The instrument; null for every instrument of the round.</param>
/// <param name="Culture">The language of the invitation's e-mails and page ("fr", "ar"); English when null or not offered.</param>
public sealed record InvitationRequest(string Email, string CountryIso3, string? RoundCode, string? InstrumentCode, string? Culture = null);

/// <summary>An invitation just made or re-sent.</summary>
/// <param name="InvitationId">Its id.</param>
/// <param name="Link">The single-use link (absolute); shown once, to pass on by hand when no SMTP server is configured.</param>
/// <param name="EmailQueued">True when an e-mail was put in the outbox for an SMTP server to deliver.</param>
public sealed record InvitationIssued(int InvitationId, Uri Link, bool EmailQueued);

/// <summary>Where an invitation stands.</summary>
public enum InvitationState
{
    /// <summary>The link can be followed.</summary>
    Pending,

    /// <summary>The person has set their password.</summary>
    Used,

    /// <summary>The link's time ran out.</summary>
    Expired,

    /// <summary>The secretariat revoked it.</summary>
    Revoked,

    /// <summary>No invitation has this link.</summary>
    Unknown,
}

/// <summary>An invitation as the round page lists it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Email">Whom it invites.</param>
/// <param name="CountryIso3">For which country.</param>
/// <param name="InstrumentCode">For which instrument; null for all.</param>
/// <param name="State">Where it stands.</param>
/// <param name="CreatedAt">When it was made or last re-sent.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="EmailStatus">What the outbox says of its last e-mail, e.g. "sent", "queued" or "not sent: no SMTP server configured".</param>
/// <param name="Culture">The language of its e-mails and page (<c>EmailLanguage.All</c>).</param>
public sealed record InvitationView(int Id, string Email, string CountryIso3, string? InstrumentCode, InvitationState State, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string EmailStatus, string Culture = "en");

/// <summary>A code and the name shown for it (a country or an instrument).</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The name.</param>
public sealed record NamedCode(string Code, string Name);

/// <summary>What the round page's invite form offers.</summary>
/// <param name="Countries">The round's invited countries (every country when the round lists none).</param>
/// <param name="Instruments">The round's instruments.</param>
/// <param name="EmailConfigured">True when an SMTP server is configured; otherwise links are passed on by hand.</param>
public sealed record InvitationChoices(IReadOnlyList<NamedCode> Countries, IReadOnlyList<NamedCode> Instruments, bool EmailConfigured);
