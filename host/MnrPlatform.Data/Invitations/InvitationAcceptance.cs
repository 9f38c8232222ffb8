using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Invitations;

/// <summary>An invitation as its link's page shows it.</summary>
/// <param name="State">Where it stands (<see cref="InvitationState.Unknown"/> when no invitation has this link).</param>
/// <param name="Email">Whom it invites; null when unknown.</param>
/// <param name="CountryName">For which country; null when unknown.</param>
/// <param name="RoundName">For which round; null when none or unknown.</param>
/// <param name="ExpiresAt">When the link stops (or stopped) working.</param>
/// <param name="Culture">The language the secretariat chose for it (<c>EmailLanguage.All</c>); null when unknown.</param>
public sealed record InvitationLink(InvitationState State, string? Email, string? CountryName, string? RoundName, DateTimeOffset? ExpiresAt, string? Culture = null);

/// <summary>The outcome of following an invitation link with a new password.</summary>
/// <param name="State">Used when it worked (or was used before); otherwise the invitation's state that refused it (pending: the password was refused).</param>
/// <param name="Problems">Why the password was refused (codes and English messages); empty when it worked.</param>
/// <param name="UserId">The account that got the password, to sign in; null when nothing was set.</param>
/// <param name="Landing">Where the person goes next: their questionnaire, their list of questionnaires, or the home page.</param>
public sealed record InvitationAccepted(InvitationState State, IReadOnlyList<AccountProblem> Problems, string? UserId, string Landing)
{
    /// <summary>Why the password was refused, in English ("Password: …", "Confirm password: …").</summary>
    public IReadOnlyList<string> Errors => [.. Problems.Select(p => p.Message)];

    /// <summary>True when the password was set.</summary>
    public bool Succeeded => UserId is not null;
}

/// <summary>
/// The invited person's side: what a link stands for, and following it once with a new password.
/// The link's secret is only hashed and compared; it is never logged or audited.
/// </summary>
public sealed class InvitationAcceptance(MnrDbContext db, UserManager<PlatformUser> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>What the link with <paramref name="secret"/> stands for.</summary>
    public async Task<InvitationLink> LookUpAsync(string secret, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(secret, cancellationToken);
        if (invitation is null)
        {
            return new InvitationLink(InvitationState.Unknown, null, null, null, null);
        }

        var country = await db.Countries.Where(c => c.Iso3 == invitation.CountryIso3).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var round = invitation.RoundCode is null ? null : await db.SurveyRounds.Where(r => r.Code == invitation.RoundCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        return new InvitationLink(FocalPointInvitations.StateOf(invitation, clock.GetUtcNow()), invitation.Email, country ?? invitation.CountryIso3, round, invitation.ExpiresAt, Email.EmailLanguage.Normalize(invitation.Culture));
    }

    /// <summary>
    /// Sets the invited account's password and marks the invitation used, in one transaction; a
    /// second use (even at the same moment) finds it used.
    /// </summary>
    public async Task<InvitationAccepted> AcceptAsync(string secret, string password, string confirmation, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(secret, cancellationToken);
        var now = clock.GetUtcNow();
        var state = invitation is null ? InvitationState.Unknown : FocalPointInvitations.StateOf(invitation, now);
        if (invitation is null || state != InvitationState.Pending)
        {
            return new InvitationAccepted(state, [], null, "/");
        }

        if (!string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            return Refused(AccountProblem.Of(AccountProblem.PasswordsDiffer, "Confirm password: the two passwords differ."));
        }

        var user = await users.FindByIdAsync(invitation.UserId);
        if (user is null || user.DisabledAt is not null)
        {
            return new InvitationAccepted(InvitationState.Revoked, [], null, "/");
        }

        var problems = new List<AccountProblem>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => AccountProblem.From(e)).Select(p => p with { Message = "Password: " + p.Message }));
        }

        if (problems.Count > 0)
        {
            return new InvitationAccepted(InvitationState.Pending, problems, null, "/");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hash = invitation.TokenHash;
        var claimed = await db.FocalPointInvitations
            .Where(i => i.Id == invitation.Id && i.TokenHash == hash && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed != 1)
        {
            return new InvitationAccepted(InvitationState.Used, [], null, "/");
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.EmailConfirmed = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var actor = new PlatformPrincipal(user.Id, user.Email ?? user.Id, [Roles.FocalPoint], user.CountryIso3);
        audit.Add(actor, AuditActions.InvitationAccepted, AccountService.Subject(user), "pending", $"password set, country={invitation.CountryIso3}, round={invitation.RoundCode ?? "-"}", invitation.CountryIso3);
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return new InvitationAccepted(InvitationState.Pending, [.. updated.Errors.Select(e => AccountProblem.From(e))], null, "/");
        }

        await transaction.CommitAsync(cancellationToken);
        return new InvitationAccepted(InvitationState.Used, [], user.Id, Landing(invitation));
    }

    private static InvitationAccepted Refused(AccountProblem reason) => new(InvitationState.Pending, [reason], null, "/");

    private static string Landing(FocalPointInvitation invitation) => (invitation.RoundCode, invitation.InstrumentCode) switch
    {
        ({ } round, { } instrument) => $"/surveys/{Uri.EscapeDataString(round)}/{invitation.CountryIso3}/{Uri.EscapeDataString(instrument)}",
        // Every instrument of the round: the focal point's own list of questionnaires (the round page is the secretariat's).
        ({ }, null) => "/surveys",
        _ => "/",
    };

    private Task<FocalPointInvitation?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100)
        {
            return Task.FromResult<FocalPointInvitation?>(null);
        }

        var hash = InvitationSecret.Hash(secret);
        return db.FocalPointInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }
}
