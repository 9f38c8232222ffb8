using MnrPlatform.Sdk.Content;

namespace Company.DomainPlugin.Tests;

public sealed class ContentTests
{
    [Fact]
    public void Every_capability_has_a_maturity_phase_question()
    {
        var builder = new DomainBuilder();
        new Plugin().Configure(builder);
        var content = builder.Build();

        Assert.All(content.Capabilities, c =>
            Assert.Contains(content.Questions, q => q.CapabilityCode == c.Code && q.Kind == QuestionKind.MaturityPhase));
    }
}
