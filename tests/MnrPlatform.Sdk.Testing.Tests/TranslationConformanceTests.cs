using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Testing.Tests;

/// <summary>The kit's translation checks, on content whose translations the plugin set itself.</summary>
public sealed class TranslationConformanceTests
{
    private static DomainContent Content(LocalizedText description, LocalizedText finding)
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", description, 3))
            .Capability(new CapabilityInfo("helpline", 11, "Child helpline", "A helpline.", "Children need it.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = "victim.helpline.review.in-place", CapabilityCode = "helpline", Text = "Is there a helpline?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] })
            .Indicator(new IndicatorInfo
            {
                Id = "victim.helpline.in-place",
                CapabilityCode = "helpline",
                Name = "Child helpline",
                Measures = "Share answering yes.",
                Numerator = CountryRule.Answering("victim.helpline.review.in-place", AnswerCodes.Yes),
                Denominator = CountryRule.Answered("victim.helpline.review.in-place"),
                Metadata = new IndicatorMetadata("purpose", "computation", "limitations"),
            })
            .ReportSection(new ReportSectionInfo { Findings = [new FindingTemplate("victim.helpline.in-place", finding)] });
        return builder.Build();
    }

    [Fact]
    public void A_translation_that_drops_a_placeholder_is_a_problem_naming_the_text_and_the_culture()
    {
        var content = Content(
            new LocalizedText("Support in {year}.").With("fr", "Soutien.").With("es", "Apoyo en {year}."),
            new LocalizedText("{countries} {share} have a helpline.").With("fr", "{countries} {share} disposent d'une ligne."));

        var problems = TranslationConformance.Problems(content).ToList();

        var problem = Assert.Single(problems);
        Assert.StartsWith("Translation (fr) of \"Support in {year}.\": ", problem, StringComparison.Ordinal);
        Assert.Contains("missing {year}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_finding_template_in_any_culture_fails_as_it_does_in_English()
    {
        var e = Assert.Throws<InvalidDomainContentException>(() => Content(
            "Support.",
            new LocalizedText("{countries} {share} have a helpline.").With("ar", "{countries} لديها خط مساعدة.")));

        Assert.Contains("(ar) holds {share} 0 times", e.Message, StringComparison.Ordinal);
    }
}
