using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Accounts;

/// <summary>
/// Every change to an account goes through here, from the administration page, the command line
/// and start-up alike: it applies the grant rule (a user cannot grant more than they hold), keeps
/// one enabled administrator, and writes each change and its audit entry in one transaction.
/// </summary>
public sealed class AccountService(UserManager<PlatformUser> users, RoleManager<IdentityRole> roles, MnrDbContext db, AuditLog audit)
{
    /// <summary>Creates the four roles if they do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role} could not be created: {Describe(result)}");
                }
            }
        }
    }

    /// <summary>Every account with its role, by e-mail address.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var roleOf = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roleOf.GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name).FirstOrDefault(Roles.IsKnown));
        var accounts = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        return accounts
            .Select(u => Summarize(u, byUser.GetValueOrDefault(u.Id)))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>One page of accounts for the users grid: filtered, sorted, counted and paged in the database.</summary>
    /// <exception cref="AccessDeniedException">The actor may not manage users.</exception>
    public async Task<PagedResult<AccountSummary>> QueryAsync(PlatformPrincipal actor, AccountQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!actor.Has(Permissions.ManageUsers))
        {
            throw new AccessDeniedException($"{actor.Name} may not manage users.");
        }

        var known = Roles.All.ToList();
        var rows = db.Users.AsNoTracking().Select(u => new
        {
            User = u,
            Role = (from ur in db.UserRoles
                    join r in db.Roles on ur.RoleId equals r.Id
                    where ur.UserId == u.Id && known.Contains(r.Name!)
                    select r.Name).FirstOrDefault(),
        });
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToUpperInvariant();
            rows = rows.Where(x => x.User.NormalizedEmail!.Contains(search));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            rows = rows.Where(x => x.Role == query.Role);
        }

        rows = query.Status switch
        {
            AccountStatusFilter.Enabled => rows.Where(x => x.User.DisabledAt == null),
            AccountStatusFilter.Disabled => rows.Where(x => x.User.DisabledAt != null),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (query.Sort, query.Descending) switch
        {
            (AccountSort.Role, false) => rows.OrderBy(x => x.Role).ThenBy(x => x.User.NormalizedEmail),
            (AccountSort.Role, true) => rows.OrderByDescending(x => x.Role).ThenBy(x => x.User.NormalizedEmail),
            (AccountSort.Status, false) => rows.OrderBy(x => x.User.DisabledAt != null).ThenBy(x => x.User.NormalizedEmail),
            (AccountSort.Status, true) => rows.OrderByDescending(x => x.User.DisabledAt != null).ThenBy(x => x.User.NormalizedEmail),
            (_, true) => rows.OrderByDescending(x => x.User.NormalizedEmail),
            _ => rows.OrderBy(x => x.User.NormalizedEmail),
        };
        var size = Math.Clamp(query.PageSize, 1, AccountQuery.MaxPageSize);
        var page = await sorted.Skip(Math.Max(query.Page, 0) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<AccountSummary>([.. page.Select(x => Summarize(x.User, x.Role))], total);
    }

    /// <summary>One account, or null.</summary>
    public async Task<AccountSummary?> FindAsync(string userId)
    {
        var (user, role) = await FindWithRoleAsync(userId);
        return user is null ? null : Summarize(user, role);
    }

    /// <summary>How many enabled accounts hold the Administrator role (counted in the database).</summary>
    public Task<int> CountEnabledAdministratorsAsync(CancellationToken cancellationToken = default) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         join u in db.Users on ur.UserId equals u.Id
         where r.Name == Roles.Administrator && u.DisabledAt == null
         select u.Id).CountAsync(cancellationToken);

    /// <summary>Creates an account with its role (and country), audited.</summary>
    public async Task<AccountResult> CreateAsync(PlatformPrincipal actor, NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(account);
        var country = CountryFor(account.Role, account.CountryIso3);
        var grant = RoleGrant.Check(actor, account.Role, country);
        if (!grant.Allowed)
        {
            return AccountResult.Fail(AccountProblem.NotAllowed, grant.Reason);
        }

        var email = account.Email.Trim();
        var user = new PlatformUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CountryIso3 = country,
            IsDemo = account.IsDemo,
            CreatedAt = DateTimeOffset.UtcNow,
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return Outcome(created, user);
        }

        audit.Add(actor, AuditActions.UserCreated, Subject(user), null, Describe(account.Role, user.CountryIso3), user.CountryIso3);
        var inRole = await users.AddToRoleAsync(user, account.Role);
        if (!inRole.Succeeded)
        {
            return Outcome(inRole, user);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Ok(user.Id);
    }

    /// <summary>Gives an account another role (and country), audited; its sessions must sign in again.</summary>
    public async Task<AccountResult> ChangeRoleAsync(PlatformPrincipal actor, string userId, string role, string? countryIso3, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (user, current) = await FindWithRoleAsync(userId);
        if (user is null)
        {
            return NoSuchAccount;
        }

        var country = CountryFor(role, countryIso3);
        var refusal = await RefuseChangeAsync(actor, user, current, newRole: role, disabling: false);
        var grant = RoleGrant.Check(actor, role, country);
        if (refusal is not null || !grant.Allowed)
        {
            return AccountResult.Fail(refusal ?? AccountProblem.Of(AccountProblem.NotAllowed, grant.Reason));
        }

        var before = Describe(current, user.CountryIso3);
        var after = Describe(role, country);
        if (before == after)
        {
            return AccountResult.Ok(user.Id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (current is not null && current != role)
        {
            await users.RemoveFromRoleAsync(user, current);
        }

        if (current != role)
        {
            await users.AddToRoleAsync(user, role);
        }

        user.CountryIso3 = country;
        audit.Add(actor, AuditActions.UserRoleChanged, Subject(user), before, after, country);
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome(updated, user);
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Ok(user.Id);
    }

    /// <summary>Disables or enables an account, audited; disabling ends its sessions.</summary>
    public async Task<AccountResult> SetDisabledAsync(PlatformPrincipal actor, string userId, bool disabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (user, current) = await FindWithRoleAsync(userId);
        if (user is null)
        {
            return NoSuchAccount;
        }

        if (await RefuseChangeAsync(actor, user, current, newRole: current, disabling: disabled) is { } refusal)
        {
            return AccountResult.Fail(refusal);
        }

        if ((user.DisabledAt is not null) == disabled)
        {
            return AccountResult.Ok(user.Id);
        }

        var wasDisabledAt = user.DisabledAt;
        user.DisabledAt = disabled ? DateTimeOffset.UtcNow : null;
        audit.Add(actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, Subject(user),
            wasDisabledAt is null ? "enabled" : "disabled", disabled ? "disabled" : "enabled", user.CountryIso3);
        return Outcome(await users.UpdateSecurityStampAsync(user), user);
    }

    /// <summary>
    /// Disables every enabled demo account (their password is public), the last administrator
    /// included: a platform out of demo mode must not keep a demo administrator. Audited.
    /// </summary>
    public async Task<int> DisableDemoAccountsAsync(PlatformPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var demos = await db.Users.Where(u => u.IsDemo && u.DisabledAt == null).ToListAsync(cancellationToken);
        foreach (var user in demos)
        {
            user.DisabledAt = DateTimeOffset.UtcNow;
            audit.Add(actor, AuditActions.UserDisabled, Subject(user), "enabled", "disabled (demo mode is off)", user.CountryIso3);
            await users.UpdateSecurityStampAsync(user);
        }

        return demos.Count;
    }

    /// <summary>An administrator sets a new password (and lifts a lockout), audited without the password.</summary>
    public async Task<AccountResult> ResetPasswordAsync(PlatformPrincipal actor, string userId, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (user, current) = await FindWithRoleAsync(userId);
        if (user is null)
        {
            return NoSuchAccount;
        }

        if (RefuseManaging(actor, user, current) is { } refusal)
        {
            return AccountResult.Fail(refusal);
        }

        if (await ValidatePasswordAsync(user, newPassword) is { Count: > 0 } errors)
        {
            return AccountResult.Fail(errors);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        audit.Add(actor, AuditActions.PasswordReset, Subject(user), null, "password set by an administrator", user.CountryIso3);
        return Outcome(await users.UpdateSecurityStampAsync(user), user);
    }

    /// <summary>A signed-in user changes their own password, audited without the password.</summary>
    public async Task<AccountResult> ChangeOwnPasswordAsync(PlatformPrincipal actor, string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = actor.UserId is null ? null : await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return NoSuchAccount;
        }

        audit.Add(actor, AuditActions.PasswordChanged, Subject(user), null, "password changed by its owner", user.CountryIso3);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            // Drop the unsaved audit entry with the refused change.
            db.ChangeTracker.Clear();
        }

        return Outcome(changed, user);
    }

    /// <summary>The audit subject of an account.</summary>
    public static string Subject(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"user:{user.Email}";
    }

    /// <summary>How a role and country read in the audit log.</summary>
    public static string Describe(string? role, string? countryIso3) =>
        countryIso3 is null ? $"role={role ?? "none"}" : $"role={role ?? "none"}, country={countryIso3}";

    private static AccountResult NoSuchAccount => AccountResult.Fail(AccountProblem.NoSuchAccount, "There is no such account.");

    /// <summary>
    /// The country an account of <paramref name="role"/> is given: a focal point's typed code
    /// normalized (kept as typed when it cannot be a code, so the grant rule names the problem);
    /// blank is none.
    /// </summary>
    private static string? CountryFor(string role, string? countryIso3)
    {
        var country = Roles.IsCountryBound(role) ? CountryCode.Normalize(countryIso3) ?? countryIso3 : countryIso3;
        return string.IsNullOrWhiteSpace(country) ? null : country;
    }

    private async Task<(PlatformUser? User, string? Role)> FindWithRoleAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? (null, null) : (user, await RoleOfAsync(user));
    }

    private async Task<string?> RoleOfAsync(PlatformUser user) => (await users.GetRolesAsync(user)).FirstOrDefault(Roles.IsKnown);

    /// <summary>Why <paramref name="actor"/> may not manage this account at all, or null.</summary>
    private static AccountProblem? RefuseManaging(PlatformPrincipal actor, PlatformUser user, string? current)
    {
        if (!actor.Has(Permissions.ManageUsers))
        {
            return AccountProblem.Of(AccountProblem.NotAllowed, $"{actor.Name} may not manage users.");
        }

        // Acting on an account's role is as strong as granting it: only someone who could grant it may.
        return current is not null && RoleGrant.Check(actor, current, user.CountryIso3) is { Allowed: false } grant
            ? AccountProblem.Of(AccountProblem.NotAllowed, grant.Reason)
            : null;
    }

    /// <summary>Why <paramref name="actor"/> may not change this account's role or status, or null.</summary>
    private async Task<AccountProblem?> RefuseChangeAsync(PlatformPrincipal actor, PlatformUser user, string? current, string? newRole, bool disabling)
    {
        if (!actor.Has(Permissions.ManageUsers))
        {
            return AccountProblem.Of(AccountProblem.NotAllowed, $"{actor.Name} may not manage users.");
        }

        if (actor.UserId is not null && actor.UserId == user.Id)
        {
            return AccountProblem.Of(AccountProblem.OwnAccount, "You cannot change your own role or disable your own account; ask another administrator.");
        }

        if (RefuseManaging(actor, user, current) is { } refusal)
        {
            return refusal;
        }

        var losesAdministrator = current == Roles.Administrator && user.DisabledAt is null && (disabling || newRole != Roles.Administrator);
        if (losesAdministrator && await CountEnabledAdministratorsAsync() <= 1)
        {
            return AccountProblem.Of(AccountProblem.LastAdministrator, "This is the last enabled administrator: make another administrator first.");
        }

        return null;
    }

    private async Task<List<AccountProblem>> ValidatePasswordAsync(PlatformUser user, string password)
    {
        var errors = new List<AccountProblem>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => AccountProblem.From(e)));
        }

        return errors;
    }

    private static AccountResult Outcome(IdentityResult result, PlatformUser user) =>
        result.Succeeded ? AccountResult.Ok(user.Id) : AccountResult.Fail(result.Errors.Select(e => AccountProblem.From(e, user.Email)));

    private static AccountSummary Summarize(PlatformUser user, string? role) =>
        new(user.Id, user.Email ?? user.UserName ?? user.Id, role, user.CountryIso3, user.IsDemo, user.CreatedAt, user.DisabledAt, user.LockoutEnd);

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
