using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Email;

/// <summary>Hands outbox messages to the configured SMTP server with MailKit, one connection per batch.</summary>
public sealed class SmtpMailer(SmtpOptions options) : IAsyncDisposable
{
    private readonly SmtpClient client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    /// <summary>Sends <paramref name="message"/>; connects (and authenticates) first when not connected.</summary>
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!client.IsConnected)
        {
            await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), options.Port, SocketOptions(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }
        }

        await client.SendAsync(Compose(message), cancellationToken);
    }

    /// <summary>The MIME message of an outbox row from the configured sender: its plain text and the same words as HTML, in the row's language.</summary>
    public MimeMessage Compose(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.SenderName, options.SenderAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // A stable Message-Id per outbox row lets a receiving server recognise a retried delivery.
        mime.MessageId = $"outbox-{message.Id}.{message.CreatedAt.ToUnixTimeSeconds()}@{Domain(options.SenderAddress)}";
        var language = EmailLanguage.Normalize(message.Culture);
        mime.Body = new BodyBuilder { TextBody = message.Body, HtmlBody = EmailHtml.From(message.Body, language) }.ToMessageBody();
        mime.Body.Headers.Add(HeaderId.ContentLanguage, language);
        return mime;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The messages are sent (or recorded as failed) already; a failed QUIT changes nothing.
            }
        }

        client.Dispose();
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private static string Domain(string address) => address.Contains('@', StringComparison.Ordinal) ? address[(address.LastIndexOf('@') + 1)..] : "localhost";
}
