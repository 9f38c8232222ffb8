using System.Globalization;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Writes the wide template for one country's answers to one instrument of a round, in one of the
/// platform's languages (<see cref="TemplateWords"/>): an instruction sheet, then a sheet per domain
/// (named by its code) with the info area (round, country, instrument, the synthetic-data note), the
/// header and one row per question of the instrument, pre-filled with the current answers. Labels,
/// headers, question texts and the words beside the allowed codes are in the template's language;
/// codes, ids and answers are not translated. Answers to questions no active plugin asks in the
/// instrument are not in the template, and neither are example questions (examples are recorded in
/// the questionnaire's example form, not as answers).
/// </summary>
internal static class XlsxTemplateWriter
{
    public static void Write(ExportData data, string country, Questionnaire questionnaire, Stream output, CultureInfo? culture = null)
    {
        var language = TemplateWords.LanguageOf(culture);
        string Word(string key) => TemplateWords.Get(key, language);
        var answers = data.Answers.ToDictionary(a => a.Question, StringComparer.Ordinal);
        var instrument = questionnaire.InstrumentCode;
        using var book = new XlsxWriter(output);
        book.AddSheet(Word("Sheet.Instructions"), Instructions(data, country, instrument, language));
        foreach (var domain in questionnaire.Domains)
        {
            var rows = new List<IReadOnlyList<string?>>
            {
                new[] { Word("Info.Round"), data.RoundCode },
                new[] { Word("Info.Country"), country },
                new[] { Word("Info.Instrument"), instrument },
            };
            if (data.LabelNote is { } note)
            {
                rows.Add([note]);
            }

            rows.Add([]);
            rows.Add([.. TemplateWords.Columns.Select(c => Word(c.Key))]);
            foreach (var question in domain.Questions.Where(q => q.Kind != QuestionKind.Example))
            {
                var answer = answers.GetValueOrDefault(question.Id);
                rows.Add([question.Id, question.CapabilityCode, question.Text.For(language), Word("Kind." + question.Kind), Allowed(question, language), answer?.Value, answer?.Comment, answer?.Evidence]);
            }

            book.AddSheet(SheetName(domain.Domain.Code), rows);
        }
    }

    private static List<IReadOnlyList<string?>> Instructions(ExportData data, string country, string instrument, CultureInfo language)
    {
        string Column(string name) => TemplateWords.Get(TemplateWords.Columns.First(c => c.Name == name).Key, language);
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { TemplateWords.Get("Instructions.Title", language) },
            new[] { TemplateWords.Format("Instructions.For", language, data.RoundCode, country, instrument) },
        };
        if (data.LabelNote is { } note)
        {
            rows.Add([note]);
        }

        rows.Add([]);
        rows.Add([TemplateWords.Get("Instructions.Sheets", language)]);
        rows.Add([TemplateWords.Format("Instructions.Fill", language, Column("value"), Column("comment"), Column("evidence"))]);
        rows.Add([TemplateWords.Format("Instructions.Codes", language, Column("value"), Column("allowed values"))]);
        rows.Add([TemplateWords.Format("Instructions.Evidence", language, Column("evidence"), Column("comment"))]);
        rows.Add([TemplateWords.Get("Instructions.Formulas", language)]);
        rows.Add([TemplateWords.Get("Instructions.Return", language)]);
        return rows;
    }

    // The codes to type, each with its meaning in the template's language when that says more than the code.
    private static string Allowed(QuestionInfo question, CultureInfo language)
    {
        string Code(string code, string label) => string.Equals(code, label, StringComparison.OrdinalIgnoreCase)
            ? code
            : TemplateWords.Format("Allowed.Option", language, code, label);
        string Answer(string code) => Code(code, TemplateWords.Get("Answer." + code, language));
        string Options() => string.Join(", ", question.Options.Select(o => Code(o.Code, o.Label.For(language))));

        var own = question.Kind switch
        {
            QuestionKind.YesNo => string.Join(", ", Answer(AnswerCodes.Yes), Answer(AnswerCodes.No)),
            QuestionKind.YesPartlyNo => string.Join(", ", Answer(AnswerCodes.Yes), Answer(AnswerCodes.Partly), Answer(AnswerCodes.No)),
            QuestionKind.SingleChoice => Options(),
            QuestionKind.MultipleChoice => TemplateWords.Format("Allowed.Several", language, Options(), AnswerValues.Separator),
            QuestionKind.Number => TemplateWords.Get("Allowed.Number", language),
            QuestionKind.MaturityPhase => TemplateWords.Format("Allowed.Phase", language, MaturityDescriptors.PhaseCount),
            _ => TemplateWords.Get("Allowed.Text", language),
        };
        var special = AnswerRules.SpecialCodes(question);
        return special.Count == 0 ? own : TemplateWords.Format("Allowed.OrSpecial", language, own, string.Join(", ", special.Select(Answer)));
    }

    // Excel limits sheet names to 31 characters and refuses a few characters.
    private static string SheetName(string code)
    {
        var name = string.Concat(code.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c));
        return name.Length <= 31 ? name : name[..31];
    }
}
