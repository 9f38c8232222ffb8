using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.TestPlugins;

public sealed class BadContentPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(domain, "fixture-bad-content")
            .Question(new QuestionInfo
            {
                Id = "fixture-bad-content.orphan",
                CapabilityCode = "fixture-bad-content.no-such-capability",
                Text = "A question about a capability nobody registered?",
                Kind = QuestionKind.YesNo,
                Instruments = ["government-survey"],
            });
}
