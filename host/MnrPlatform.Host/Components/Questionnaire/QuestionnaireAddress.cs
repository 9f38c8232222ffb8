using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>Where a submission's questionnaire lives: <c>surveys/{round}/{country}/{instrument}</c>.</summary>
public static class QuestionnaireAddress
{
    /// <summary>The page's address relative to the base (no leading slash); its forms post to paths below it.</summary>
    public static string Of(SubmissionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"surveys/{Uri.EscapeDataString(key.RoundCode)}/{Uri.EscapeDataString(key.CountryIso3)}/{Uri.EscapeDataString(key.InstrumentCode)}";
    }

    /// <summary>The key of the address's parts; a country code in any case.</summary>
    public static SubmissionKey Key(string round, string country, string instrument) =>
        new(round, country.ToUpperInvariant(), instrument);
}
