using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>Registers the import and export of answers.</summary>
public static class TransferServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AnswerImporter"/>, <see cref="ImportWriter"/> and <see cref="AnswerExporter"/>
    /// (scoped, over the scoped <see cref="MnrDbContext"/>; the <c>FrameworkCatalog</c> is registered by the host).
    /// </summary>
    public static IServiceCollection AddAnswerTransfer(this IServiceCollection services)
    {
        services.TryAddScoped<AuditLog>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ImportWriter>();
        services.AddScoped<AnswerImporter>();
        services.AddScoped<AnswerExporter>();
        return services;
    }
}
