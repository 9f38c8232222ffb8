using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Reference;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Demo;

/// <summary>
/// Generates the self-assessment round: a phase per capability for each review country, around a
/// level set by its income group, higher in the domains its profile is strong in and lower where it
/// is weak, consistent with its review answers (a capability it lacked is at most at phase 2);
/// evidence for every phase and action plans for its weakest capabilities.
/// </summary>
/// <remarks>
/// Profiles are dealt round-robin within each income group, so countries of similar context end up
/// with different strengths: what peer-learning suggestions look for.
/// </remarks>
internal static class SelfAssessmentGenerator
{
    private const string Synthetic = " (synthetic demo data)";

    public static GeneratedRound Generate(SelfAssessmentSpec spec, GeneratedRound review, IReadOnlyDictionary<string, IncomeGroup> incomeGroups, FrameworkCatalog catalog)
    {
        var capabilities = MaturityQuestionSet.Of(catalog, spec.Instrument);
        var countries = review.Submissions.Select(s => s.CountryIso3).Distinct(StringComparer.Ordinal).ToList();
        var reviewAnswers = countries.ToDictionary(
            c => c,
            c => review.Submissions.Where(s => s.CountryIso3 == c).SelectMany(s => s.Answers).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var profiles = DealProfiles(countries, incomeGroups, spec);

        var submissions = countries.Select(country =>
        {
            var random = DemoRandom.For(spec.Seed, country);
            var level = spec.BaseLevel.GetValueOrDefault(IncomeGroups.Code(incomeGroups[country]), 2.0);
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            var phases = capabilities.ToDictionary(
                c => c,
                c => Phase(level + Shift(profiles[country], c.DomainCode, spec) + (spec.Noise * random.NextGaussian()), reviewAnswers[country], c));
            foreach (var (capability, phase) in phases)
            {
                answers[capability.Phase.Id] = Code(phase);
                if (capability.Evidence is { } evidence)
                {
                    answers[evidence.Id] = $"{capability.Name} at phase {Code(phase)}: see the national report and the laws and programmes listed there{Synthetic}.";
                }
            }

            var planned = phases.Where(p => p.Key.Plan is not null && p.Value < MaturityDescriptors.PhaseCount)
                .OrderBy(p => p.Value).ThenBy(_ => random.NextDouble())
                .Take(spec.PlansPerCountry)
                .Select(p => p.Key)
                .ToHashSet();
            foreach (var (capability, phase) in phases.Where(p => p.Key.Plan is not null))
            {
                answers[capability.Plan!.Id] = planned.Contains(capability) ? AnswerCodes.Yes : AnswerCodes.No;
                if (planned.Contains(capability))
                {
                    foreach (var field in capability.PlanFields)
                    {
                        answers[field.Id] = PlanAnswer(field, capability, phase, random);
                    }
                }
            }

            return new GeneratedSubmission(country, spec.Instrument, answers);
        });

        return new GeneratedRound(spec.Round, [spec.Instrument], [.. submissions]);
    }

    private static Dictionary<string, ProfileSpec> DealProfiles(IReadOnlyList<string> countries, IReadOnlyDictionary<string, IncomeGroup> incomeGroups, SelfAssessmentSpec spec)
    {
        var missing = countries.Where(c => !incomeGroups.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDemoSpecException($"{string.Join(", ", missing)} have no income group in the {spec.Round.IncomeClassificationYear} classification; load the reference data first.");
        }

        if (spec.Profiles.Count == 0)
        {
            throw new InvalidDemoSpecException("The self-assessment spec names no profiles.");
        }

        return countries
            .GroupBy(c => incomeGroups[c])
            .SelectMany(g => g.Order(StringComparer.Ordinal).Select((country, i) => (country, spec.Profiles[i % spec.Profiles.Count])))
            .ToDictionary(x => x.country, x => x.Item2, StringComparer.Ordinal);
    }

    private static double Shift(ProfileSpec profile, string domain, SelfAssessmentSpec spec) =>
        profile.Strong.Contains(domain) ? spec.StrengthShift : profile.Weak.Contains(domain) ? -spec.WeaknessShift : 0;

    private static int Phase(double level, IReadOnlyDictionary<string, string> review, MaturityQuestionSet capability)
    {
        var inPlace = capability.ReviewInPlaceId is { } id ? review.GetValueOrDefault(id) : null;
        level = inPlace switch
        {
            AnswerCodes.No => Math.Min(level, 2),
            AnswerCodes.Yes => Math.Max(level, 2),
            _ => level,
        };
        return Math.Clamp((int)Math.Round(level, MidpointRounding.AwayFromZero), 1, MaturityDescriptors.PhaseCount);
    }

    private static string PlanAnswer(QuestionInfo field, MaturityQuestionSet capability, int phase, DemoRandom random) => field.Kind switch
    {
        QuestionKind.MaturityPhase => Code(phase + 1),
        // Stored in the question's option order, the canonical form AnswerRules gives every answer.
        QuestionKind.MultipleChoice => AnswerValues.Join(field.Options.Intersect(random.Pick(field.Options, Math.Min(2, field.Options.Count), _ => 1.0)).Select(o => o.Code)),
        _ => field.Id[(field.Id.LastIndexOf('.') + 1)..] switch
        {
            "actions" => $"Map what exists for {capability.Name.ToLowerInvariant()}, agree a work plan with partners, pilot it and evaluate the pilot{Synthetic}.",
            "owner" => $"The national coordinating body for the {capability.DomainName.ToLowerInvariant()} domain{Synthetic}",
            "timeline" => $"Work plan agreed within 6 months, pilot within 18 months, phase {Code(phase + 1)} within 3 years{Synthetic}.",
            _ => $"See the action plan{Synthetic}.",
        },
    };

    private static string Code(int phase) => phase.ToString(CultureInfo.InvariantCulture);
}
