using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class FutureSdkPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) => FixtureContent.Register(domain, "fixture-future-sdk");
}
