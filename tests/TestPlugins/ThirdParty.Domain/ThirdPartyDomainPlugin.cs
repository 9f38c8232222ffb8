using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.TestPlugins;

/// <summary>A seventh domain with review questions of every answerable kind and a phase question.</summary>
public sealed class ThirdPartyDomainPlugin : IDomainPlugin
{
    private const string Capability = "thirdparty.enablers";
    private const string Review = "government-survey";
    private const string CountryOffice = "unicef-country-office-survey";
    private const string Maturity = "maturity-self-assessment";

    /// <inheritdoc />
    public void Configure(IDomainBuilder domain) => domain
        .Domain(new DomainInfo("thirdparty", "Enablers", "A third party's domain.", Order: 70))
        .Instrument(new InstrumentInfo(Review, "Government survey", "Government focal point"))
        .Instrument(new InstrumentInfo(CountryOffice, "UNICEF country office survey", "UNICEF country office"))
        .Instrument(new InstrumentInfo(Maturity, "Maturity self-assessment", "National focal point"))
        .Capability(new CapabilityInfo(
            Capability,
            0,
            "Digital enablers",
            "Infrastructure that supports the response.",
            "Without it nothing else scales.",
            new MaturityDescriptors("Building.", "Developing.", "Established.", "Advanced.")))
        .Question(Question("thirdparty.enablers.review.in-place", "Are digital enablers in place?", QuestionKind.YesNo, [Review, CountryOffice]))
        .Question(Question("thirdparty.enablers.review.funded", "Are they funded?", QuestionKind.YesPartlyNo, [Review, CountryOffice]) with
        {
            ShownWhen = new ShowWhen("thirdparty.enablers.review.in-place", AnswerCodes.Yes),
        })
        .Question(Question("thirdparty.enablers.review.lead", "Who leads them?", QuestionKind.SingleChoice, [Review]) with
        {
            Options = [new AnswerOption("government", "Government"), new AnswerOption("industry", "Industry"), new AnswerOption("ngo", "Civil society")],
        })
        .Question(Question("thirdparty.enablers.maturity.phase", "Which phase are digital enablers in?", QuestionKind.MaturityPhase, [Maturity]))
        .Indicator(new IndicatorInfo
        {
            Id = "thirdparty.enablers.in-place",
            CapabilityCode = Capability,
            Name = "Digital enablers in place",
            Measures = "Share of countries with digital enablers in place.",
            Numerator = CountryRule.Answering("thirdparty.enablers.review.in-place", AnswerCodes.Yes),
            Denominator = CountryRule.Answered("thirdparty.enablers.review.in-place"),
            Metadata = new IndicatorMetadata("Demo tests.", "Yes over answered.", "None."),
        })
        .Chart(new ChartInfo
        {
            Id = "thirdparty.shares",
            Title = "Enablers in place",
            Kind = ChartKind.StackedShares,
            IndicatorIds = ["thirdparty.enablers.in-place"],
        });

    private static QuestionInfo Question(string id, string text, QuestionKind kind, IReadOnlyList<string> instruments) => new()
    {
        Id = id,
        CapabilityCode = Capability,
        Text = text,
        Kind = kind,
        Instruments = instruments,
    };
}
