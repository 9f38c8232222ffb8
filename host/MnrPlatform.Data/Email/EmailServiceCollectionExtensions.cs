using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Data.Invitations;

namespace MnrPlatform.Data.Email;

/// <summary>Registers the outbox, the workflow notifications, reminders and invitations (the host adds the background loops).</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The e-mail and invitation services and their settings (<c>Email</c>, <c>Invitations</c>,
    /// <c>Platform</c> sections of <paramref name="configuration"/>). Needs the store and Identity.
    /// </summary>
    public static IServiceCollection AddMnrEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.SectionName));
        services.Configure<InvitationOptions>(configuration.GetSection(InvitationOptions.SectionName));
        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => OutboxLeaseOwner.ForThisProcess());
        services.AddScoped<Outbox>();
        services.AddScoped<FocalPointDirectory>();
        services.AddScoped<WorkflowNotifications>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<ReminderScheduler>();
        services.AddScoped<FocalPointInvitations>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<OutboxReader>();
        return services;
    }
}
