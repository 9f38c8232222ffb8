using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class OwnSdkCopyPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) => FixtureContent.Register(domain, "fixture-own-sdk-copy");
}
