using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Invitations;

/// <summary>
/// The secretariat invites focal points: the account is created (or an existing one bound) with
/// the FocalPoint role for the country, and a single-use link where the person sets a password is
/// e-mailed through the outbox. Resend, revoke, several focal points per country.
/// </summary>
public sealed class FocalPointInvitations
{
    /// <summary>Invites <paramref name="request"/>; <paramref name="linkBase"/> is the platform's public address the link is made under.</summary>
    public Task<InvitationIssued> InviteAsync(AccessScope scope, InvitationRequest request, Uri linkBase, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Makes a fresh link for invitation <paramref name="invitationId"/> (the old one stops working) and sends it again.</summary>
    public Task<InvitationIssued> ResendAsync(AccessScope scope, int invitationId, Uri linkBase, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Revokes invitation <paramref name="invitationId"/>: its link stops working.</summary>
    public Task RevokeAsync(AccessScope scope, int invitationId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>The invitations of round <paramref name="roundCode"/> (secretariat only), newest first.</summary>
    public Task<IReadOnlyList<InvitationView>> ListAsync(AccessScope scope, string roundCode, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
