using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.TestPlugins;

public sealed class ThrowingIndicatorPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(
            domain,
            "fixture-throwing-indicator",
            numerator: CountryRule.Where(
                "Countries the fixture's own code accepts",
                ["fixture-throwing-indicator.in-place"],
                _ => throw new InvalidOperationException("The fixture indicator cannot compute.")));
}
