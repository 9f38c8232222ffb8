using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class SameDomainAPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) => FixtureContent.Register(domain, "fixture-same-domain");
}
