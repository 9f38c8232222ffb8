using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;

namespace Company.DomainPlugin;

/// <summary>
/// The plugin's entry point: the host creates it and calls <see cref="Configure"/> once. Replace the
/// example capability, questions, indicators and chart with your domain's content; keep every id
/// stable once countries have answered.
/// </summary>
public sealed class Plugin : IDomainPlugin
{
    /// <summary>The domain's stable code; PluginDomain in the project file must match it.</summary>
    public const string DomainCode = "plugin-domain";

    private const string Capability = "example-capability";
    private const string ReviewQuestion = $"{DomainCode}.{Capability}.review.in-place";
    private const string PhaseQuestion = $"{DomainCode}.{Capability}.maturity.phase";
    private const string InPlaceIndicator = $"{DomainCode}.{Capability}.in-place";
    private const string EstablishedIndicator = $"{DomainCode}.{Capability}.phase-3-or-above";

    /// <inheritdoc />
    public void Configure(IDomainBuilder domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        // Translations/<culture>.json (embedded by the SDK's build props) translate every text below.
        domain = domain.WithTranslations(TranslationCatalog.FromEmbeddedResources(typeof(Plugin).Assembly));
        domain
            .Domain(new DomainInfo(DomainCode, "Example domain", "What the domain covers, in a sentence or two.", Order: 100))
            // The instruments the questions below belong to (SDK 1.2); other plugins may declare them too.
            .Instrument(new InstrumentInfo("government-survey", "Government survey", "Government focal point"))
            .Instrument(new InstrumentInfo("maturity-self-assessment", "Maturity self-assessment", "National focal point"))
            .Capability(new CapabilityInfo(
                Capability,
                MnrNumber: 0, // 1 to 21 for a capability of the 2016 Model National Response; 0 outside it.
                "Example capability",
                Description: "What the capability is.",
                WhyItMatters: "Why a country needs it.",
                new MaturityDescriptors(
                    "Phase 1: what a country starting out has.",
                    "Phase 2: what a country developing the capability has.",
                    "Phase 3: what a country with the capability established has.",
                    "Phase 4: what a country with a sustained, embedded capability has.")))
            .Question(new QuestionInfo
            {
                Id = ReviewQuestion,
                CapabilityCode = Capability,
                Text = "Is the example capability in place in your country?",
                Help = "Guidance for the respondent: what counts as in place.",
                Kind = QuestionKind.YesNo,
                AllowDontKnow = true,
                Instruments = ["government-survey"],
            })
            .Question(new QuestionInfo
            {
                Id = PhaseQuestion,
                CapabilityCode = Capability,
                Text = "Example capability: which phase describes your country best today?",
                Kind = QuestionKind.MaturityPhase,
                Instruments = ["maturity-self-assessment"],
            })
            .Indicator(new IndicatorInfo
            {
                Id = InPlaceIndicator,
                CapabilityCode = Capability,
                Name = "Example capability in place",
                Measures = "Per cent of the countries answering yes or no that have the example capability in place.",
                Numerator = CountryRule.Answering(ReviewQuestion, AnswerCodes.Yes),
                Denominator = CountryRule.Answered(ReviewQuestion),
                Metadata = new IndicatorMetadata(
                    Purpose: "Why the indicator is published and what it is used for.",
                    Computation: $"Countries answering yes to {ReviewQuestion}, divided by the countries answering yes or no, times 100.",
                    Limitations: "What the indicator does not tell, and how it can mislead."),
            })
            .Indicator(new IndicatorInfo
            {
                Id = EstablishedIndicator,
                CapabilityCode = Capability,
                Name = "Example capability: phase 3 or above",
                Measures = "Per cent of the countries that self-assessed the example capability at phase 3 or 4.",
                Numerator = CountryRule.AtPhaseOrAbove(PhaseQuestion, 3),
                Denominator = CountryRule.Answered(PhaseQuestion),
                Metadata = new IndicatorMetadata(
                    Purpose: "How many countries consider the capability established.",
                    Computation: $"Countries whose phase ({PhaseQuestion}) is 3 or 4, divided by the countries that gave a phase, times 100.",
                    Limitations: "A self-assessment, not an audit; never use it to rank named countries."),
            })
            .Chart(new ChartInfo
            {
                Id = $"{DomainCode}.chart.in-place",
                Title = "Example domain: capabilities in place",
                Kind = ChartKind.StackedShares,
                IndicatorIds = [InPlaceIndicator],
            });
    }
}
