using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Writes the wide template for one country's answers to one instrument of a round: a sheet per
/// domain (named by its code) with the info area (round, country, instrument, the synthetic-data
/// note), the header (<see cref="XlsxTemplateReader.Header"/>) and one row per question of the
/// instrument, pre-filled with the current answers. Answers to questions no active plugin asks
/// in the instrument are not in the template, and neither are example questions (examples are
/// recorded in the questionnaire's example form, not as answers).
/// </summary>
internal static class XlsxTemplateWriter
{
    public static void Write(ExportData data, string country, Questionnaire questionnaire, Stream output)
    {
        var answers = data.Answers.ToDictionary(a => a.Question, StringComparer.Ordinal);
        var instrument = questionnaire.InstrumentCode;
        using var book = new XlsxWriter(output);
        foreach (var domain in questionnaire.Domains)
        {
            var rows = new List<IReadOnlyList<string?>>
            {
                new[] { "round", data.RoundCode },
                new[] { "country", country },
                new[] { "instrument", instrument },
            };
            if (data.LabelNote is { } note)
            {
                rows.Add([note]);
            }

            rows.Add([]);
            rows.Add(XlsxTemplateReader.Header);
            foreach (var question in domain.Questions.Where(q => q.Kind != QuestionKind.Example))
            {
                var answer = answers.GetValueOrDefault(question.Id);
                rows.Add([question.Id, question.CapabilityCode, question.Text.English, question.Kind.ToString(), Allowed(question), answer?.Value, answer?.Comment, answer?.Evidence]);
            }

            book.AddSheet(SheetName(domain.Domain.Code), rows);
        }
    }

    private static string Allowed(QuestionInfo question)
    {
        var special = AnswerRules.SpecialCodes(question);
        var own = question.Kind switch
        {
            QuestionKind.YesNo => $"{AnswerCodes.Yes}, {AnswerCodes.No}",
            QuestionKind.YesPartlyNo => $"{AnswerCodes.Yes}, {AnswerCodes.Partly}, {AnswerCodes.No}",
            QuestionKind.SingleChoice => string.Join(", ", question.Options.Select(o => o.Code)),
            QuestionKind.MultipleChoice => string.Join(", ", question.Options.Select(o => o.Code)) + $" (several joined by {AnswerValues.Separator})",
            QuestionKind.Number => "a number",
            QuestionKind.MaturityPhase => $"a phase, 1 to {MaturityDescriptors.PhaseCount}",
            _ => "free text",
        };
        return special.Count == 0 ? own : $"{own}; or {string.Join(", ", special)}";
    }

    // Excel limits sheet names to 31 characters and refuses a few characters.
    private static string SheetName(string code)
    {
        var name = string.Concat(code.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c));
        return name.Length <= 31 ? name : name[..31];
    }
}
