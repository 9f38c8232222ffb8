using MnrPlatform.Data.Email;
using MnrPlatform.Data.Leases;
using MnrPlatform.Host.Hosting.Leases;

namespace MnrPlatform.Host.Hosting.Email;

/// <summary>
/// E-mail: the outbox and invitation services, the background sender that delivers the outbox
/// through the configured SMTP server, and the deadline reminders.
/// </summary>
internal static class EmailHostingExtensions
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddMnrEmail(builder.Configuration);
        builder.Services.AddMnrWorkLeases(builder.Configuration);
        builder.Services.AddSingleton<LeasedWorkLoop>();
        builder.Services.AddHostedService<OutboxSenderService>();
        builder.Services.AddHostedService<ReminderService>();
        return builder;
    }
}
