using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// Generates the review round's yes/no answers from its spec: for each question exactly the counts
/// the spec asks for (overall and among high-income countries), the countries that answer and that
/// answer yes drawn with a fixed seed, richer countries more likely to answer yes. Review questions
/// of the catalog that the spec does not list (another plugin's) are answered too
/// (<see cref="UnlistedReviewAnswers"/>).
/// </summary>
internal static class ReviewAnswerGenerator
{
    public static GeneratedRound Generate(ReviewRoundSpec spec, IReadOnlyDictionary<string, IncomeGroup> incomeGroups, FrameworkCatalog catalog)
    {
        var respondents = spec.Respondents
            .SelectMany(r => r.Value.Select(country => (Country: country, Instrument: r.Key)))
            .ToList();
        foreach (var (country, _) in respondents.Where(r => !incomeGroups.ContainsKey(r.Country)))
        {
            throw new InvalidDemoSpecException($"{country} has no income group in the {spec.Round.IncomeClassificationYear} classification; load the reference data first.");
        }

        var answers = respondents.ToDictionary(r => r.Country, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var question in spec.Questions)
        {
            if (question.SameAs is { } source)
            {
                foreach (var country in answers.Values.Where(a => a.ContainsKey(source)))
                {
                    country[question.Id] = country[source];
                }

                continue;
            }

            var random = DemoRandom.For(spec.Seed, question.Id);
            var asked = respondents.Where(r => question.AskedOf is null || r.Instrument == question.AskedOf).Select(r => r.Country).ToList();
            foreach (var (members, answered, yes) in Groups(question, asked, incomeGroups))
            {
                if (answered > members.Count || yes > answered || yes < 0)
                {
                    throw new InvalidDemoSpecException($"{question.Id}: cannot have {answered} of {members.Count} countries answer and {yes} of them answer yes.");
                }

                var answering = random.Pick(members, answered, _ => 1.0);
                var eligible = question.YesOnlyIf is { } condition
                    ? [.. answering.Where(c => answers[c].GetValueOrDefault(condition) == AnswerCodes.Yes)]
                    : answering;
                if (yes > eligible.Count)
                {
                    throw new InvalidDemoSpecException($"{question.Id}: {yes} yes answers asked for, but only {eligible.Count} answering countries said yes to {question.YesOnlyIf}.");
                }

                var saidYes = random.Pick(eligible, yes, c => YesWeight(incomeGroups[c])).ToHashSet(StringComparer.Ordinal);
                foreach (var country in answering)
                {
                    answers[country][question.Id] = saidYes.Contains(country) ? AnswerCodes.Yes : AnswerCodes.No;
                }
            }
        }

        var listed = spec.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var unlisted = catalog.Questions.Select(q => q.Item)
            .Where(q => !listed.Contains(q.Id) && q.Instruments.Any(spec.Respondents.ContainsKey))
            .ToList();
        UnlistedReviewAnswers.Add(unlisted, respondents, answers, spec.Seed, incomeGroups);

        return new GeneratedRound(
            spec.Round,
            [.. spec.Respondents.Keys],
            [.. respondents.Select(r => new GeneratedSubmission(r.Country, r.Instrument, answers[r.Country]))]);
    }

    private static IEnumerable<(IReadOnlyList<string> Members, int Answered, int Yes)> Groups(
        ReviewQuestionSpec question, IReadOnlyList<string> asked, IReadOnlyDictionary<string, IncomeGroup> incomeGroups)
    {
        if (question.HighIncome is not { } high)
        {
            yield return (asked, question.Answered, question.Yes);
            yield break;
        }

        yield return ([.. asked.Where(c => incomeGroups[c] == IncomeGroup.High)], high.Answered, high.Yes);
        yield return ([.. asked.Where(c => incomeGroups[c] != IncomeGroup.High)], question.Answered - high.Answered, question.Yes - high.Yes);
    }

    /// <summary>How much likelier a country of <paramref name="group"/> is to say yes than a low-income one.</summary>
    public static double YesWeight(IncomeGroup group) => group switch
    {
        IncomeGroup.High => 6,
        IncomeGroup.UpperMiddle => 3,
        IncomeGroup.LowerMiddle => 2,
        _ => 1,
    };
}
