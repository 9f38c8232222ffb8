namespace MnrPlatform.Data.Email;

/// <summary>How the secure channel to the SMTP server is made.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text, no TLS (a relay on loopback, a test server).</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (required).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>Let MailKit choose from the port: TLS on 465, STARTTLS when the server offers it.</summary>
    Auto,
}

/// <summary>The <c>Email</c> settings: the SMTP server, the sender loop and the reminders.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Email";

    /// <summary>The SMTP server (<c>Email:Smtp:*</c>); without a host nothing is sent.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The background sender (<c>Email:Sender:*</c>).</summary>
    public OutboxSenderOptions Sender { get; set; } = new();

    /// <summary>The deadline reminders (<c>Email:Reminders:*</c>).</summary>
    public ReminderOptions Reminders { get; set; } = new();
}

/// <summary>The SMTP server the outbox is delivered through.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name; blank means no SMTP server is configured.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port (default 587).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured (default <see cref="SmtpSecurity.Auto"/>).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The user name to authenticate with; none when blank.</summary>
    public string? User { get; set; }

    /// <summary>The password of <see cref="User"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The From address.</summary>
    public string SenderAddress { get; set; } = "no-reply@localhost";

    /// <summary>The From display name.</summary>
    public string SenderName { get; set; } = "MnrPlatform";

    /// <summary>How long one SMTP conversation may take before it fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a server is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the background sender works through the outbox.</summary>
public sealed class OutboxSenderOptions
{
    /// <summary>How often it looks for due messages (default 15 seconds).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long an instance holds a message while sending it; another instance may take it after
    /// that (a crashed sender). Longer than an SMTP conversation may take.
    /// </summary>
    public TimeSpan LeaseLength { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many attempts before a message is given up (default 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many messages one pass claims at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The wait before attempt <paramref name="failures"/> + 1, after that many failures.</summary>
    public TimeSpan BackoffAfter(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var wait = FirstBackoff.TotalSeconds * factor;
        return wait >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(wait);
    }
}

/// <summary>When deadline reminders go.</summary>
public sealed class ReminderOptions
{
    /// <summary>The days before a deadline that reminders go on when none are configured.</summary>
    public static IReadOnlyList<int> DefaultDaysBefore { get; } = [14, 7, 1];

    /// <summary>
    /// How many days before a deadline a reminder goes; unset means <see cref="DefaultDaysBefore"/>.
    /// (Null by default: the configuration binder adds to a list that has items rather than replacing it.)
    /// </summary>
    public IReadOnlyList<int>? DaysBefore { get; set; }

    /// <summary>The configured days, or the default ones.</summary>
    public IReadOnlyList<int> Days => DaysBefore is { Count: > 0 } days ? [.. days.Where(d => d >= 0).Distinct().OrderDescending()] : DefaultDaysBefore;

    /// <summary>How often the reminder check runs (default hourly).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>The <c>Platform</c> settings shared by background jobs and the command line.</summary>
public sealed class PlatformOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Platform";

    /// <summary>
    /// The platform's public address, e.g. <c>https://mnr.example.org/</c>, that links in e-mail
    /// are made under when no request is at hand (background jobs, the command line).
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Where links are made under: <see cref="PublicUrl"/> when set, else <paramref name="reachedAt"/> (the address a page or API call came in at).</summary>
    public Uri LinkBase(Uri reachedAt) => PublicUrl ?? reachedAt;
}

/// <summary>The <c>Invitations</c> settings.</summary>
public sealed class InvitationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Invitations";

    /// <summary>How long an invitation link works (default 14 days).</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromDays(14);
}
