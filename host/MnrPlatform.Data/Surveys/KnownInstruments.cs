namespace MnrPlatform.Data.Surveys;

/// <summary>An instrument's display name and who answers it.</summary>
/// <param name="Name">Display name, e.g. "Government survey".</param>
/// <param name="RespondentType">Who answers it, e.g. "Government focal point".</param>
public sealed record InstrumentDescription(string Name, string RespondentType);

/// <summary>
/// The names of the instruments the MNR surveys have used, by the code the plugins' questions name
/// them by: the one place a round that creates these instruments (the demo dataset, an import)
/// takes their display name and respondent type from.
/// </summary>
public static class KnownInstruments
{
    private static readonly Dictionary<string, InstrumentDescription> Descriptions = new(StringComparer.Ordinal)
    {
        ["government-survey"] = new("Government survey", "Government focal point"),
        ["unicef-country-office-survey"] = new("UNICEF country-office survey", "UNICEF country office"),
        ["maturity-self-assessment"] = new("Maturity self-assessment", "National focal point"),
    };

    /// <summary>The description of <paramref name="code"/>; null for an instrument not listed here.</summary>
    public static InstrumentDescription? Describe(string code) => Descriptions.GetValueOrDefault(code);
}
