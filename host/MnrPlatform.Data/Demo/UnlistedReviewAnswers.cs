using System.Globalization;
using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// Answers the review questions the spec does not list: those of plugins other than the six the
/// spec was written for (a third party's, found in the plugins folder), so their author sees their
/// indicators, charts and findings on the pages. Every country asked answers, with the spec's seed;
/// richer countries are more likely to say yes, and a conditional question is answered only where
/// its condition holds. The spec's own questions, which reproduce Figure 1, are not touched.
/// </summary>
internal static class UnlistedReviewAnswers
{
    private const string SyntheticText = "An answer generated for the demo (synthetic demo data).";

    public static void Add(
        IReadOnlyList<QuestionInfo> questions,
        IReadOnlyList<(string Country, string Instrument)> respondents,
        Dictionary<string, Dictionary<string, string>> answers,
        int seed,
        IReadOnlyDictionary<string, IncomeGroup> incomeGroups)
    {
        // Conditions first: a question is answered once the question it depends on has been.
        var pending = questions.Where(q => q.Kind != QuestionKind.Example).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(q => q.ShownWhen is not { } when || pending.All(p => p.Id != when.QuestionId)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidDemoSpecException($"Questions {string.Join(", ", pending.Select(q => q.Id))} depend on each other in a cycle.");
            }

            foreach (var question in ready)
            {
                var asked = respondents
                    .Where(r => question.Instruments.Contains(r.Instrument))
                    .Select(r => r.Country)
                    .Where(c => question.ShownWhen is not { } when || answers[c].GetValueOrDefault(when.QuestionId) == when.AnswerCode)
                    .ToList();
                var random = DemoRandom.For(seed, question.Id);
                foreach (var (country, value) in Answer(question, asked, random, incomeGroups))
                {
                    answers[country][question.Id] = value;
                }

                pending.Remove(question);
            }
        }
    }

    private static IEnumerable<(string Country, string Value)> Answer(
        QuestionInfo question, List<string> asked, DemoRandom random, IReadOnlyDictionary<string, IncomeGroup> incomeGroups)
    {
        switch (question.Kind)
        {
            case QuestionKind.YesNo or QuestionKind.YesPartlyNo:
                // Between 35 % and 85 % say yes, so each question tells a different story.
                var yes = (int)Math.Round(asked.Count * (0.35 + (0.5 * random.NextDouble())), MidpointRounding.AwayFromZero);
                var saidYes = random.Pick(asked, yes, c => ReviewAnswerGenerator.YesWeight(incomeGroups[c])).ToHashSet(StringComparer.Ordinal);
                foreach (var country in asked)
                {
                    yield return (country, saidYes.Contains(country) ? AnswerCodes.Yes
                        : question.Kind == QuestionKind.YesPartlyNo && random.NextDouble() < 0.5 ? AnswerCodes.Partly
                        : AnswerCodes.No);
                }

                break;
            case QuestionKind.SingleChoice when question.Options.Count > 0:
                foreach (var country in asked)
                {
                    yield return (country, random.Pick(question.Options, 1, _ => 1.0)[0].Code);
                }

                break;
            case QuestionKind.MultipleChoice when question.Options.Count > 0:
                foreach (var country in asked)
                {
                    var chosen = random.Pick(question.Options, Math.Min(2, question.Options.Count), _ => 1.0);
                    yield return (country, AnswerValues.Join(question.Options.Intersect(chosen).Select(o => o.Code)));
                }

                break;
            case QuestionKind.Number:
                foreach (var country in asked)
                {
                    yield return (country, (1 + (int)(random.NextDouble() * 20)).ToString(CultureInfo.InvariantCulture));
                }

                break;
            case QuestionKind.MaturityPhase:
                foreach (var country in asked)
                {
                    var level = ReviewAnswerGenerator.YesWeight(incomeGroups[country]) switch { >= 6 => 3, >= 2 => 2, _ => 1 };
                    var phase = Math.Clamp(level + (random.NextDouble() < 0.5 ? 0 : 1), 1, MaturityDescriptors.PhaseCount);
                    yield return (country, phase.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case QuestionKind.Text:
                foreach (var country in asked)
                {
                    yield return (country, SyntheticText);
                }

                break;
        }
    }
}
