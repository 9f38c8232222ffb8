using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Email.Templates;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Invitations;

/// <summary>
/// The secretariat invites focal points: the account is created (or an existing one bound) with
/// the FocalPoint role for the country, and a single-use link where the person sets a password is
/// e-mailed through the outbox. Resend, revoke, several focal points per country.
/// </summary>
public sealed class FocalPointInvitations(
    MnrDbContext db,
    UserManager<PlatformUser> users,
    AuditLog audit,
    Outbox outbox,
    IOptions<InvitationOptions> invitationOptions,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock)
{
    /// <summary>Invites <paramref name="request"/>; <paramref name="linkBase"/> is the platform's public address the link is made under.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat with write rights.</exception>
    /// <exception cref="InvitationException">The request cannot be met (the message says which field and why).</exception>
    public async Task<InvitationIssued> InviteAsync(AccessScope scope, InvitationRequest request, Uri linkBase, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope, "invite focal points");
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(linkBase);
        var email = CheckEmail(request.Email);
        var country = CountryCode.Normalize(request.CountryIso3)
            ?? throw new InvitationException("NotACountryCode", $"Country: '{request.CountryIso3}' is not an ISO 3166-1 alpha-3 code (e.g. KEN).", request.CountryIso3 ?? "");
        var countryName = await db.Countries.Where(c => c.Iso3 == country).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvitationException("UnknownCountry", $"Country: there is no country {country} in the reference data.", country);
        var (roundCode, roundName, instrument) = await CheckRoundAsync(request, country, countryName, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await BindAccountAsync(scope, email, country);
        var now = clock.GetUtcNow();
        var (secret, hash) = InvitationSecret.Create();
        var invitation = new FocalPointInvitation
        {
            UserId = user.Id,
            Email = user.Email!,
            CountryIso3 = country,
            RoundCode = roundCode,
            InstrumentCode = instrument,
            TokenHash = hash,
            CreatedBy = scope.Actor.Name,
            CreatedAt = now,
            ExpiresAt = now + invitationOptions.Value.ValidFor,
            Culture = EmailLanguage.Normalize(request.Culture),
        };
        db.FocalPointInvitations.Add(invitation);
        var link = InvitationSecret.Link(linkBase, secret);
        outbox.Enqueue(InvitationEmail.Create(invitation.Email, EmailLanguage.Normalize(invitation.Culture), countryName, roundName, link, invitation.ExpiresAt) with { DeduplicationKey = InvitationSecret.EmailKey(hash) });
        audit.Add(scope.Actor, AuditActions.InvitationIssued, AccountService.Subject(user), null, Describe(invitation), country);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationIssued(invitation.Id, link, emailOptions.Value.Smtp.IsConfigured);
    }

    /// <summary>Makes a fresh link for invitation <paramref name="invitationId"/> (the old one stops working) and sends it again.</summary>
    /// <exception cref="InvitationException">The invitation was used or revoked.</exception>
    public async Task<InvitationIssued> ResendAsync(AccessScope scope, int invitationId, Uri linkBase, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope, "re-send invitations");
        ArgumentNullException.ThrowIfNull(linkBase);
        var invitation = await FindAsync(invitationId, cancellationToken);
        if (invitation.UsedAt is not null)
        {
            throw new InvitationException("UsedCannotResend", $"The invitation of {invitation.Email} was used on {Date(invitation.UsedAt.Value)}: the account has its password; the person signs in.", invitation.Email);
        }

        if (invitation.RevokedAt is not null)
        {
            throw new InvitationException("RevokedCannotResend", $"The invitation of {invitation.Email} was revoked; invite the person again.", invitation.Email);
        }

        var now = clock.GetUtcNow();
        var (secret, hash) = InvitationSecret.Create();
        invitation.TokenHash = hash;
        invitation.CreatedAt = now;
        invitation.ExpiresAt = now + invitationOptions.Value.ValidFor;
        var countryName = await db.Countries.Where(c => c.Iso3 == invitation.CountryIso3).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? invitation.CountryIso3;
        var roundName = invitation.RoundCode is null ? null
            : await db.SurveyRounds.Where(r => r.Code == invitation.RoundCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        var link = InvitationSecret.Link(linkBase, secret);
        outbox.Enqueue(InvitationEmail.Create(invitation.Email, EmailLanguage.Normalize(invitation.Culture), countryName, roundName, link, invitation.ExpiresAt) with { DeduplicationKey = InvitationSecret.EmailKey(hash) });
        audit.Add(scope.Actor, AuditActions.InvitationResent, $"user:{invitation.Email}", null, Describe(invitation), invitation.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
        return new InvitationIssued(invitation.Id, link, emailOptions.Value.Smtp.IsConfigured);
    }

    /// <summary>Revokes invitation <paramref name="invitationId"/>: its link stops working.</summary>
    /// <exception cref="InvitationException">The invitation was already used.</exception>
    public async Task RevokeAsync(AccessScope scope, int invitationId, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope, "revoke invitations");
        var invitation = await FindAsync(invitationId, cancellationToken);
        if (invitation.UsedAt is not null)
        {
            throw new InvitationException("UsedCannotRevoke", $"The invitation of {invitation.Email} was already used; to stop the person, disable the account on the users page.", invitation.Email);
        }

        if (invitation.RevokedAt is not null)
        {
            return;
        }

        invitation.RevokedAt = clock.GetUtcNow();
        audit.Add(scope.Actor, AuditActions.InvitationRevoked, $"user:{invitation.Email}", "pending", "revoked: " + Describe(invitation), invitation.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The invitations of round <paramref name="roundCode"/> (secretariat only), newest first.</summary>
    public async Task<IReadOnlyList<InvitationView>> ListAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not see invitations: the secretariat does.");
        }

        var invitations = await db.FocalPointInvitations.AsNoTracking().Where(i => i.RoundCode == roundCode).ToListAsync(cancellationToken);
        var keys = invitations.Select(i => InvitationSecret.EmailKey(i.TokenHash)).ToList();
        var mail = await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DeduplicationKey!))
            .Select(m => new { m.DeduplicationKey, m.SentAt, m.LastError }).ToListAsync(cancellationToken);
        var status = mail.ToDictionary(m => m.DeduplicationKey!, m => m.SentAt is not null ? "sent" : m.LastError ?? "queued", StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        return [.. invitations
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new InvitationView(i.Id, i.Email, i.CountryIso3, i.InstrumentCode, StateOf(i, now), i.CreatedAt, i.ExpiresAt,
                status.GetValueOrDefault(InvitationSecret.EmailKey(i.TokenHash), "no e-mail"), EmailLanguage.Normalize(i.Culture))),
        ];
    }

    /// <summary>The countries and instruments an invitation for <paramref name="roundCode"/> may name (secretariat only).</summary>
    public async Task<InvitationChoices> ChoicesAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken)
    {
        DemandSecretariat(scope, "invite focal points");
        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Instruments).Include(r => r.Participants)
            .SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new InvitationException("UnknownRound", $"Round: there is no survey round '{roundCode}'.", roundCode);
        var invited = round.Participants.Select(p => p.CountryIso3).Distinct().ToList();
        var countries = db.Countries.AsNoTracking();
        if (invited.Count > 0)
        {
            countries = countries.Where(c => invited.Contains(c.Iso3));
        }

        var named = await countries.OrderBy(c => c.Name).Select(c => new NamedCode(c.Iso3, c.Name)).ToListAsync(cancellationToken);
        var instruments = round.Instruments.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new NamedCode(i.Code, i.Name ?? i.Code)).ToList();
        return new InvitationChoices(named, instruments, emailOptions.Value.Smtp.IsConfigured);
    }

    /// <summary>Where <paramref name="invitation"/> stands at <paramref name="now"/>.</summary>
    public static InvitationState StateOf(FocalPointInvitation invitation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return invitation switch
        {
            { UsedAt: not null } => InvitationState.Used,
            { RevokedAt: not null } => InvitationState.Revoked,
            _ when invitation.ExpiresAt <= now => InvitationState.Expired,
            _ => InvitationState.Pending,
        };
    }

    private static void DemandSecretariat(AccessScope scope, string what)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not {what}: the secretariat does.");
        }
    }

    private static string CheckEmail(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        return trimmed.Length is > 0 and <= 256 && MailboxAddress.TryParse(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('@', StringComparison.Ordinal)
            ? trimmed
            : throw new InvitationException("NotAnEmail", $"E-mail: '{email}' is not an e-mail address.", email ?? "");
    }

    private async Task<(string? Code, string? Name, string? Instrument)> CheckRoundAsync(InvitationRequest request, string country, string countryName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RoundCode))
        {
            return string.IsNullOrWhiteSpace(request.InstrumentCode)
                ? (null, null, null)
                : throw new InvitationException("InstrumentWithoutRound", "Instrument: name the round the instrument belongs to.");
        }

        var code = request.RoundCode.Trim();
        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Instruments).Include(r => r.Participants)
            .SingleOrDefaultAsync(r => r.Code == code, cancellationToken)
            ?? throw new InvitationException("UnknownRound", $"Round: there is no survey round '{code}'.", code);
        if (round.Status is RoundStatus.Published)
        {
            throw new InvitationException("RoundPublished", $"Round: {round.Name} is published; nobody answers it any more.", round.Name);
        }

        var instrument = string.IsNullOrWhiteSpace(request.InstrumentCode) ? null : request.InstrumentCode.Trim();
        if (instrument is not null && !round.Instruments.Any(i => i.Code == instrument))
        {
            throw new InvitationException("UnknownInstrument", $"Instrument: {round.Name} has no instrument '{instrument}'; it has {string.Join(", ", round.Instruments.Select(i => i.Code))}.", round.Name, instrument, string.Join(", ", round.Instruments.Select(i => i.Code)));
        }

        // A round that lists its participants invites only them; an older round without a list takes any country.
        var invited = round.Participants.Where(p => instrument is null || p.InstrumentCode == instrument).Select(p => p.CountryIso3).ToHashSet(StringComparer.Ordinal);
        if (round.Participants.Count > 0 && !invited.Contains(country))
        {
            throw new InvitationException("CountryNotInvited", $"Country: {countryName} ({country}) is not among the countries invited to {(instrument is null ? round.Name : $"{instrument} in {round.Name}")}; add it to the round first.", countryName, round.Name);
        }

        return (round.Code, round.Name, instrument);
    }

    /// <summary>The account of <paramref name="email"/>: created as the country's focal point without a password, or the existing one when it is that.</summary>
    private async Task<PlatformUser> BindAccountAsync(AccessScope scope, string email, string country)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            var roles = await users.GetRolesAsync(user);
            var role = roles.FirstOrDefault(Roles.IsKnown);
            if (role != Roles.FocalPoint || user.CountryIso3 != country)
            {
                throw role == Roles.FocalPoint
                    ? new InvitationException("FocalPointOfAnotherCountry", $"E-mail: {email} is the focal point of {user.CountryIso3}, not of {country}; an account answers for one country.", email, user.CountryIso3 ?? "", country)
                    : new InvitationException("NotAFocalPoint", $"E-mail: {email} already has an account as {role ?? "a user without a role"}; only a focal point can be invited. Use another address, or change the account's role on the users page.", email);
            }

            return user.DisabledAt is null
                ? user
                : throw new InvitationException("AccountDisabled", $"E-mail: the account of {email} is disabled; enable it on the users page first.", email);
        }

        user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            CountryIso3 = country,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user), email);
        Check(await users.AddToRoleAsync(user, Roles.FocalPoint), email);
        audit.Add(scope.Actor, AuditActions.UserCreated, AccountService.Subject(user), null, AccountService.Describe(Roles.FocalPoint, country) + ", by invitation", country);
        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvitationException($"E-mail: the account of {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task<FocalPointInvitation> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.FocalPointInvitations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new InvitationException("UnknownInvitation", $"There is no invitation {id}.");

    private static string Describe(FocalPointInvitation i) =>
        $"country={i.CountryIso3}, round={i.RoundCode ?? "-"}, instrument={i.InstrumentCode ?? "all"}, expires={i.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z";

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
