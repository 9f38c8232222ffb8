using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;

namespace Acme.Enablers;

/// <summary>
/// A third-party domain: the cross-cutting enablers every MNR capability leans on (resources,
/// collaboration across sectors, and an environment in which abuse gets reported). They sit
/// outside the 2016 Model National Response, so each capability's MNR number is 0.
/// </summary>
/// <remarks>
/// Ids, all prefixed with the domain code: questions <c>enablers.{capability}.review.{item}</c> and
/// <c>enablers.{capability}.maturity.phase</c>; indicators <c>enablers.{capability}.{item}</c> and
/// <c>enablers.{capability}.phase-3-or-above</c>; charts <c>enablers.chart.{name}</c>.
/// </remarks>
public sealed class EnablersPlugin : IDomainPlugin
{
    /// <summary>The domain's stable code; the project's PluginDomain must match it.</summary>
    public const string DomainCode = "enablers";

    /// <summary>The survey instrument the yes/no review questions belong to.</summary>
    public const string ReviewInstrument = "government-survey";

    /// <summary>The instrument of the maturity-phase questions.</summary>
    public const string MaturityInstrument = "maturity-self-assessment";

    /// <summary>The phase from which a capability counts as established.</summary>
    public const int EstablishedPhase = 3;

    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        // Every text registered below takes its translations from Translations/<culture>.json.
        domain = domain.WithTranslations(TranslationCatalog.FromEmbeddedResources(typeof(EnablersPlugin).Assembly));
        domain.Domain(new DomainInfo(
            DomainCode,
            "Cross-cutting enablers",
            "The conditions every capability of the national response depends on: money and people that last, sectors that work together, and an environment in which abuse gets reported.",
            Order: 7));

        // SDK 1.2: declare the instruments the questions belong to; the host merges the
        // declarations with those of the other plugins that ask in the same instruments.
        domain.Instrument(new InstrumentInfo(ReviewInstrument, "Government survey", "Government focal point"));
        domain.Instrument(new InstrumentInfo(MaturityInstrument, "Maturity self-assessment", "National focal point"));

        var reviewIndicators = new List<string>();
        var phaseIndicators = new List<string>();
        var findings = new List<FindingTemplate>();
        foreach (var enabler in EnablerContent.All)
        {
            domain.Capability(enabler.Capability);
            foreach (var item in enabler.Review)
            {
                var indicatorId = AddReviewItem(domain, enabler.Capability, item);
                reviewIndicators.Add(indicatorId);
                findings.Add(new FindingTemplate(indicatorId, item.Finding));
            }

            phaseIndicators.Add(AddMaturityPhase(domain, enabler.Capability));
        }

        // SDK 1.1: the domain's words in the review report; the host fills in {countries} and {share}.
        domain.ReportSection(new ReportSectionInfo
        {
            Introduction = ["The enablers are not capabilities of the Model National Response but the conditions all of them depend on; read these findings beside the six domains."],
            Findings = findings,
        });

        domain
            .Chart(new ChartInfo
            {
                Id = $"{DomainCode}.chart.review",
                Title = "Cross-cutting enablers in place",
                Kind = ChartKind.StackedShares,
                IndicatorIds = reviewIndicators,
            })
            .Chart(new ChartInfo
            {
                Id = $"{DomainCode}.chart.review-by-income-group",
                Title = "Cross-cutting enablers in place, by income group",
                Kind = ChartKind.SharesByIncomeGroup,
                IndicatorIds = reviewIndicators,
            })
            .Chart(new ChartInfo
            {
                Id = $"{DomainCode}.chart.phase-radar",
                Title = "Cross-cutting enablers: a country's maturity phases",
                Kind = ChartKind.PhaseRadar,
                IndicatorIds = phaseIndicators,
            });
    }

    /// <summary>A yes/no review question and its indicator: yes over answered. Returns the indicator id.</summary>
    private static string AddReviewItem(IDomainBuilder domain, CapabilityInfo capability, ReviewItem item)
    {
        var questionId = $"{DomainCode}.{capability.Code}.review.{item.Item}";
        var indicatorId = $"{DomainCode}.{capability.Code}.{item.Item}";
        domain
            .Question(new QuestionInfo
            {
                Id = questionId,
                CapabilityCode = capability.Code,
                Text = item.Question,
                Help = item.Help,
                Kind = QuestionKind.YesNo,
                AllowDontKnow = true,
                Instruments = [ReviewInstrument],
            })
            .Indicator(new IndicatorInfo
            {
                Id = indicatorId,
                CapabilityCode = capability.Code,
                Name = item.IndicatorName,
                Measures = $"Per cent of the countries that answered yes or no that answered yes to: \"{item.Question.English}\"",
                Numerator = CountryRule.Answering(questionId, AnswerCodes.Yes),
                Denominator = CountryRule.Answered(questionId),
                Metadata = new IndicatorMetadata(
                    item.Purpose,
                    $"The number of countries answering yes to {questionId}, divided by the number answering yes or no, times 100. " +
                    "A \"don't know\" or a missing answer is left out of both counts.",
                    $"{item.Limitations} {EnablerContent.SelfReportedCaveat}"),
            });
        return indicatorId;
    }

    /// <summary>The capability's maturity-phase question and its headline indicator. Returns the indicator id.</summary>
    private static string AddMaturityPhase(IDomainBuilder domain, CapabilityInfo capability)
    {
        var questionId = $"{DomainCode}.{capability.Code}.maturity.phase";
        var indicatorId = $"{DomainCode}.{capability.Code}.phase-3-or-above";
        var name = capability.Name.English;
        domain
            .Question(new QuestionInfo
            {
                Id = questionId,
                CapabilityCode = capability.Code,
                Text = $"{name}: which of the four phases describes your country best today?",
                Help = "Read the four descriptions and pick the one that fits the country as a whole, even if a few elements of the next phase already exist.",
                Kind = QuestionKind.MaturityPhase,
                Instruments = [MaturityInstrument],
            })
            .Indicator(new IndicatorInfo
            {
                Id = indicatorId,
                CapabilityCode = capability.Code,
                Name = $"{name}: phase {EstablishedPhase} or above",
                Measures = $"Per cent of the countries that self-assessed {name} at phase {EstablishedPhase} or 4.",
                Numerator = CountryRule.AtPhaseOrAbove(questionId, EstablishedPhase),
                Denominator = CountryRule.Answered(questionId),
                Breakdowns = Breakdowns.IncomeGroup | Breakdowns.Region | Breakdowns.Round,
                Metadata = new IndicatorMetadata(
                    $"Shows how many countries consider {name} established, and so where peer support on it could come from and where it is most needed.",
                    $"The number of countries whose self-assessed phase ({questionId}) is {EstablishedPhase} or 4, divided by the number of countries that gave a phase, times 100.",
                    "A self-assessment against the phase descriptions, not an audit: two countries at the same phase may be far apart. " +
                    "Phases describe a path, not a score; never use them to rank named countries."),
            });
        return indicatorId;
    }
}
