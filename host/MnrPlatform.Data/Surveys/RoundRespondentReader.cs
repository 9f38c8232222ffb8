using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys;

/// <summary>
/// Reads a round's answers as the indicator engine takes them: one <see cref="Respondent"/> per
/// country, its answers merged across the instruments it answered, with its income group in the
/// round's classification and its region.
/// </summary>
/// <remarks>
/// This feeds aggregate computations only; what leaves them is subject to the disclosure rules. A
/// page that shows a country's own answers reads them through <c>UnitDataReader</c> instead.
/// </remarks>
public sealed class RoundRespondentReader(MnrDbContext db, FrameworkCatalog catalog)
{
    private readonly RoundQuestionnaires forms = new(db, catalog, TimeProvider.System);

    /// <summary>
    /// The respondents of round <paramref name="roundCode"/>: validated submissions only, or every
    /// submission (drafts included) when the secretariat previews with <paramref name="includeUnvalidated"/>.
    /// </summary>
    public async Task<IReadOnlyList<Respondent>> ReadAsync(string roundCode, bool includeUnvalidated, CancellationToken cancellationToken)
    {
        var round = await db.SurveyRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.RoundId == round.Id && (includeUnvalidated || s.Status == SubmissionStatus.Validated))
            .Select(s => new
            {
                s.CountryIso3,
                s.InstrumentCode,
                // A carried-forward answer counts once the country confirms it.
                Answers = s.Answers.Where(a => a.CarriedFrom == null).Select(a => new { a.QuestionId, a.Value }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var countries = submissions.Select(s => s.CountryIso3).Distinct().ToList();
        var regions = await db.Countries.AsNoTracking()
            .Where(c => countries.Contains(c.Iso3))
            .ToDictionaryAsync(c => c.Iso3, c => c.Region, cancellationToken);
        var incomeGroups = await db.CountryIncomeGroups.AsNoTracking()
            .Where(g => g.FiscalYear == round.IncomeClassificationYear && countries.Contains(g.CountryIso3))
            .ToDictionaryAsync(g => g.CountryIso3, g => g.Group, cancellationToken);

        var questionnaires = await forms.ForRoundAsync(round.Id, submissions.Select(s => s.InstrumentCode), cancellationToken);
        return [.. submissions
            .GroupBy(s => s.CountryIso3, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Respondent(
                new CountryAnswers(g.Key, g.SelectMany(s => Shown(questionnaires[s.InstrumentCode], s.Answers.ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal)))
                    .ToDictionary(a => a.Key, a => Values(questionnaires, a.Key, a.Value), StringComparer.Ordinal)),
                [.. g.Select(s => s.InstrumentCode).Order(StringComparer.Ordinal)],
                incomeGroups.TryGetValue(g.Key, out var group) ? group : null,
                regions.GetValueOrDefault(g.Key)))];
    }

    // An answer to a question whose condition no longer holds (e.g. an action plan's fields after
    // "set an action plan?" became "no") stays stored for the respondent but is not counted.
    private static IEnumerable<KeyValuePair<string, string>> Shown(Questionnaire questionnaire, Dictionary<string, string> answers) =>
        answers.Where(a => questionnaire.Question(a.Key) is not { } question || questionnaire.IsShown(question, answers));

    // The kind from the round's (possibly frozen) questionnaire first: a question a later plugin
    // version dropped is still split as it was asked.
    private IReadOnlyList<string> Values(IReadOnlyDictionary<string, Questionnaire> questionnaires, string questionId, string stored) =>
        AnswerValues.Split(
            questionnaires.Values.Select(q => q.Question(questionId)).FirstOrDefault(q => q is not null)?.Kind ?? catalog.Question(questionId)?.Item.Kind ?? QuestionKind.Text,
            stored);
}
