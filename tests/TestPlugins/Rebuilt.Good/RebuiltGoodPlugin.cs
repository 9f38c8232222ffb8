using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class GoodPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) => FixtureContent.Register(domain, "fixture-good", capabilityName: "Fixture capability, rebuilt");
}
