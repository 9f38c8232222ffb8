using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// An open round in the platform's store, for questionnaire tests: the demo rounds are published
/// and validated, so nothing in them can be answered.
/// </summary>
internal static class OpenRounds
{
    public const string Instrument = "maturity-self-assessment";

    /// <summary>Adds an open round with one instrument (the maturity self-assessment unless named), under a code of its own.</summary>
    public static async Task<string> AddAsync(PlatformFactory platform, string code, string instrument = Instrument)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var round = new SurveyRound
        {
            Code = code,
            Name = $"Test self-assessment {code}",
            Year = 2025,
            Status = RoundStatus.Open,
            IncomeClassificationYear = 2024,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        round.Instruments.Add(new RoundInstrument { Code = instrument, Name = instrument == Instrument ? "Maturity self-assessment" : instrument, RespondentType = "government" });
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    /// <summary>The instrument's questionnaire as the platform's plugins define it.</summary>
    public static Questionnaire Questionnaire(PlatformFactory platform) =>
        MnrPlatform.Core.Surveys.Questionnaire.For(platform.Services.GetRequiredService<FrameworkCatalog>(), Instrument);
}
