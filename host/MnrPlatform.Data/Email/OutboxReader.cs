using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Email;

/// <summary>An outbox message as the administration page lists it: no body (it holds sign-in links).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What kind of message.</param>
/// <param name="To">The recipient.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="Attempts">How many times sending was tried.</param>
/// <param name="SentAt">When it was sent; null while not.</param>
/// <param name="LastError">Why the last attempt did not send it.</param>
/// <param name="Culture">The language it is written in (<see cref="EmailLanguage.All"/>).</param>
public sealed record OutboxEntry(long Id, string Kind, string To, string Subject, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? SentAt, string? LastError, string Culture);

/// <summary>The newest outbox messages and whether a server is configured.</summary>
/// <param name="Messages">Newest first.</param>
/// <param name="SmtpConfigured">True when an SMTP server is configured.</param>
public sealed record OutboxPage(IReadOnlyList<OutboxEntry> Messages, bool SmtpConfigured);

/// <summary>Reads the outbox for the administrators (those who may read the audit log).</summary>
public sealed class OutboxReader(MnrDbContext db, IOptions<EmailOptions> options)
{
    /// <summary>How many messages the page shows.</summary>
    public const int PageSize = 200;

    /// <summary>The newest <see cref="PageSize"/> messages.</summary>
    /// <exception cref="AccessDeniedException">The scope's user may not read the audit log.</exception>
    public async Task<OutboxPage> NewestAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.Actor.Has(Permissions.ReadAudit))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not read the e-mail outbox.");
        }

        var rows = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(PageSize)
            .Select(m => new { m.Id, m.Kind, m.To, m.Subject, m.CreatedAt, m.Attempts, m.SentAt, m.LastError, m.Culture })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(m => new OutboxEntry(m.Id, m.Kind, m.To, m.Subject, m.CreatedAt, m.Attempts, m.SentAt, m.LastError, EmailLanguage.Normalize(m.Culture))).ToList();
        return new OutboxPage(entries, options.Value.Smtp.IsConfigured);
    }
}
