using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Accounts.Tokens;

/// <summary>
/// Personal access tokens for the API. A signed-in user makes tokens for their own account (the
/// token acts with that account's role and country), lists and revokes them; an administrator may
/// revoke anyone's. Making and revoking are audited, never with the secret.
/// </summary>
public sealed class AccessTokens(MnrDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>How long a token lives when its maker does not say.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    /// <summary>The longest a token may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>How often <see cref="PersonalAccessToken.LastUsedAt"/> is written at most.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Makes a token for <paramref name="actor"/>'s own account; the secret is in the result only.</summary>
    /// <param name="actor">The signed-in user.</param>
    /// <param name="name">What the token is for, e.g. "nightly upload".</param>
    /// <param name="expiresAt">When it stops working; null: in <see cref="DefaultLifetime"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <exception cref="AccessTokenException">The name or expiry is not acceptable.</exception>
    /// <exception cref="AccessDeniedException">The actor is not a signed-in user.</exception>
    public async Task<CreatedAccessToken> CreateAsync(PlatformPrincipal actor, string? name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var userId = OwnId(actor);
        var now = clock.GetUtcNow();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new AccessTokenException("name", "Name the token (what it is for), e.g. \"nightly upload\".");
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new AccessTokenException("name", $"The name is {trimmed.Length} characters long; at most {MaxNameLength} are allowed.");
        }

        var expires = expiresAt ?? now + DefaultLifetime;
        if (expires <= now)
        {
            throw new AccessTokenException("expiresAt", "The expiry date is in the past; choose a date in the future.");
        }

        if (expires > now + MaxLifetime)
        {
            throw new AccessTokenException("expiresAt", $"A token lives at most a year; choose a date before {(now + MaxLifetime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        var secret = AccessTokenSecret.New();
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = trimmed,
            Prefix = AccessTokenSecret.Prefix(secret),
            TokenHash = AccessTokenSecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = expires,
        };
        db.PersonalAccessTokens.Add(token);
        audit.Add(actor, AuditActions.TokenCreated, Subject(token), null, Describe(token), actor.CountryIso3);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAccessToken(View(token, now), secret);
    }

    /// <summary>The actor's own tokens, newest first.</summary>
    public async Task<IReadOnlyList<AccessTokenView>> ListOwnAsync(PlatformPrincipal actor, CancellationToken cancellationToken)
    {
        var userId = OwnId(actor);
        var now = clock.GetUtcNow();
        var tokens = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => View(t, now))];
    }

    /// <summary>Revokes token <paramref name="tokenId"/>: the actor's own, or anyone's for an administrator. Revoking twice changes nothing.</summary>
    /// <exception cref="KeyNotFoundException">There is no such token (or it is someone else's and the actor may not see it).</exception>
    public async Task RevokeAsync(PlatformPrincipal actor, int tokenId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        var mayRevoke = token is not null && (token.UserId == actor.UserId || actor.Has(Permissions.ManageUsers));
        if (!mayRevoke)
        {
            throw new KeyNotFoundException($"There is no token {tokenId} of yours.");
        }

        if (token!.RevokedAt is not null)
        {
            return;
        }

        token.RevokedAt = clock.GetUtcNow();
        audit.Add(actor, AuditActions.TokenRevoked, Subject(token), "active", "revoked");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Checks a presented token: it must be known, not expired, not revoked, and its account must
    /// exist, be enabled and not locked out. Notes when it was used (at most once a minute).
    /// </summary>
    public async Task<AccessTokenCheck> CheckAsync(string? secret, CancellationToken cancellationToken)
    {
        if (!AccessTokenSecret.LooksLikeToken(secret))
        {
            return AccessTokenCheck.Refuse("The token is not a personal access token of this platform.");
        }

        var hash = AccessTokenSecret.Hash(secret!);
        var found = await (from t in db.PersonalAccessTokens.AsNoTracking()
                           join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                           where t.TokenHash == hash
                           select new { Token = t, User = u }).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (found is null)
        {
            return AccessTokenCheck.Refuse("The token is unknown.");
        }

        var (token, user) = (found.Token, found.User);
        var refusal = token.RevokedAt is not null ? "The token was revoked."
            : token.ExpiresAt <= now ? $"The token expired on {token.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}."
            : user.DisabledAt is not null ? "The token's account is disabled."
            : user.LockoutEnd is { } end && end > now ? "The token's account is locked out for a while."
            : null;
        if (refusal is not null)
        {
            return AccessTokenCheck.Refuse(refusal, token.Id);
        }

        if (token.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            await db.PersonalAccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new AccessTokenCheck(user, token.Id, null);
    }

    private static string OwnId(PlatformPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UserId ?? throw new AccessDeniedException($"{actor.Name} is not a signed-in user: tokens belong to accounts.");
    }

    private static string Subject(PersonalAccessToken token) => $"token:{token.Prefix}…";

    private static string Describe(PersonalAccessToken token) =>
        $"name={token.Name}, expires={token.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static AccessTokenView View(PersonalAccessToken token, DateTimeOffset now) => new(
        token.Id,
        token.Name,
        token.Prefix,
        token.CreatedAt,
        token.ExpiresAt,
        token.LastUsedAt,
        token.RevokedAt is not null ? AccessTokenState.Revoked : token.ExpiresAt <= now ? AccessTokenState.Expired : AccessTokenState.Active);
}
