using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.TestPlugins;

/// <summary>The smallest valid content a fixture plugin can register: one of each item.</summary>
internal static class FixtureContent
{
    public static IDomainBuilder Register(IDomainBuilder builder, string domainCode, string description = "A fixture domain.", CountryRule? numerator = null, string capabilityName = "Fixture capability")
    {
        var capability = $"{domainCode}.capability";
        var question = $"{domainCode}.in-place";
        var indicator = $"{domainCode}.in-place.share";
        return builder
            .Domain(new DomainInfo(domainCode, $"Fixture {domainCode}", description, Order: 100))
            .Instrument(new InstrumentInfo("government-survey", "Government survey", "Government focal point"))
            .Capability(new CapabilityInfo(
                capability,
                0,
                capabilityName,
                "A capability for loader tests.",
                "Tests need one.",
                new MaturityDescriptors("Building.", "Developing.", "Established.", "Maturity.")))
            .Question(new QuestionInfo
            {
                Id = question,
                CapabilityCode = capability,
                Text = "Is the fixture capability in place?",
                Kind = QuestionKind.YesNo,
                AllowDontKnow = true,
                Instruments = ["government-survey"],
            })
            .Indicator(new IndicatorInfo
            {
                Id = indicator,
                CapabilityCode = capability,
                Name = "Fixture capability in place",
                Measures = "Share of countries with the fixture capability in place.",
                Numerator = numerator ?? CountryRule.Answering(question, AnswerCodes.Yes),
                Denominator = CountryRule.Answered(question),
                Metadata = new IndicatorMetadata("Loader tests.", "Yes over answered.", "None."),
            })
            .Chart(new ChartInfo
            {
                Id = $"{domainCode}.shares",
                Title = "Fixture shares",
                Kind = ChartKind.StackedShares,
                IndicatorIds = [indicator],
            });
    }
}
