using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>The addresses of the survey pages, relative to the base path.</summary>
internal static class SurveyPaths
{
    /// <summary>The surveys page.</summary>
    public const string Rounds = "surveys";

    /// <summary>The page that creates a round (secretariat).</summary>
    public const string NewRound = "surveys/new";

    /// <summary>An instrument's questionnaire in a round, read-only as a focal point will see it.</summary>
    public static string Preview(string roundCode, string instrumentCode) => $"{Round(roundCode)}/preview/{Uri.EscapeDataString(instrumentCode)}";

    /// <summary>A round's submissions (secretariat).</summary>
    public static string Round(string roundCode) => $"surveys/{Uri.EscapeDataString(roundCode)}";

    /// <summary>A round's import and export page (secretariat).</summary>
    public static string Transfer(string roundCode) => $"{Round(roundCode)}/transfer";

    /// <summary>A round's export (the format and, for a template, the country and instrument go in the query string).</summary>
    public static string Export(string roundCode) => $"{Round(roundCode)}/export";

    /// <summary>Where a round's upload is posted (multipart, field <c>file</c>).</summary>
    public static string Import(string roundCode) => $"{Round(roundCode)}/import";

    /// <summary>The preview of an uploaded file waiting to be applied.</summary>
    public static string ImportPreview(string roundCode, Guid upload) => $"{Round(roundCode)}/import/{upload:D}";

    /// <summary>A country's questionnaire for one instrument of a round.</summary>
    public static string Questionnaire(SubmissionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{Round(key.RoundCode)}/{Uri.EscapeDataString(key.CountryIso3)}/{Uri.EscapeDataString(key.InstrumentCode)}";
    }
}
