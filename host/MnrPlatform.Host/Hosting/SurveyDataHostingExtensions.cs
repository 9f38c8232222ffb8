using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Exchanges;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Host.Components.Countries;
using MnrPlatform.Host.Components.Overview;
using MnrPlatform.Host.Components.PeerLearning;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Survey data: the country reference data, rounds and their answers, the indicator engine, and
/// the synthetic demo dataset in demo mode.
/// </summary>
internal static partial class SurveyDataHostingExtensions
{
    public static WebApplicationBuilder AddSurveyData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ReferenceDataImporter>();
        services.AddScoped<RoundDirectory>();
        services.AddScoped<RoundRespondentReader>();
        services.AddScoped<InstrumentDirectory>();
        services.AddScoped<RoundQuestionnaires>();
        services.AddScoped<CarryForward>();
        services.AddScoped<DemoDataset>();
        services.AddScoped<SubmissionReader>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionFileAnswers>();
        services.AddScoped<RoundAdministration>();
        services.AddScoped<RoundSetup>();
        services.AddScoped<CountrySelector>();
        services.AddScoped<RoundSetupChoicesReader>();
        services.TryAddScoped<RoundQuestionnaires>();
        services.TryAddScoped<CarryForward>();
        services.AddScoped<RoundOverviewReader>();
        services.AddScoped<SecretariatDashboardReader>();
        services.AddScoped<CountryDirectory>();
        services.AddScoped<ExchangeService>();
        services.AddScoped<PracticeExamples>();
        services.AddScoped<PracticeLibrary>();
        services.TryAddScoped<ExampleSearch>();
        services.AddScoped<QuestionnaireExamples>();
        services.AddScoped<PublishedExamples>();
        services.AddScoped<IndicatorEngine>(); // per request: it reads the request's catalog (Plugins:Watch swaps it)
        services.AddSingleton<IndicatorResultCache>();
        services.AddScoped<RoundStamps>();
        services.AddScoped<CountryProfileReader>();
        services.AddScoped<IncomeGroupMedianReader>();
        services.AddScoped<CountryProfilePageReader>();
        services.AddScoped<CountryListReader>();
        services.AddScoped<CountryProfileCharts>();
        services.AddScoped(provider => new IndicatorResultService(
            provider.GetRequiredService<IndicatorEngine>(),
            provider.GetRequiredService<IndicatorResultCache>(),
            provider.GetRequiredService<RoundRespondentReader>().ReadAsync));
        services.AddScoped<PeerLearningAnalysis>();
        services.AddScoped<ClusterRunStore>();
        services.AddScoped<ClusterRunner>();
        services.AddAnswerTransfer();
        services.AddScoped<PendingImportStore>();
        services.Configure<ImportReadOptions>(builder.Configuration.GetSection("Import"));
        services.AddScoped<ExampleSearch>();
        services.AddScoped<ExampleAttachments>();
        services.Configure<AttachmentOptions>(builder.Configuration.GetSection(AttachmentOptions.SectionName));
        return builder;
    }

    /// <summary>
    /// Loads the built-in reference data when the store lacks it (or it was upgraded), and in demo
    /// mode the demo dataset into a store that has no survey round yet.
    /// </summary>
    public static async Task SeedSurveyDataAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MnrPlatform.SurveyData");
        var stopping = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ReferenceDataImporter>().EnsureBuiltInAsync(stopping) is { } import)
        {
            ReferenceDataLoaded(logger, import.Countries, import.IncomeGroups);
        }

        await scope.ServiceProvider.GetRequiredService<InstrumentDirectory>().SyncDeclaredAsync(stopping);

        if (app.Configuration.GetValue<bool>(DemoAccounts.EnabledSetting))
        {
            var rounds = await scope.ServiceProvider.GetRequiredService<DemoDataset>().SeedAsync(stopping);
            if (rounds.Count > 0)
            {
                DemoDataLoaded(logger, string.Join(", ", rounds), DemoDataset.Label);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data loaded: {Countries} countries, {IncomeGroups} income-group classifications")]
    private static partial void ReferenceDataLoaded(ILogger logger, int countries, int incomeGroups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode: loaded the demo rounds {Rounds} ({Label})")]
    private static partial void DemoDataLoaded(ILogger logger, string rounds, string label);
}
