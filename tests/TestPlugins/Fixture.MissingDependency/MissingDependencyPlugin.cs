using MnrPlatform.Sdk;
using MnrPlatform.TestPlugins.Library;

namespace MnrPlatform.TestPlugins;

public sealed class MissingDependencyPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) => FixtureContent.Register(domain, FixtureNames.DomainCode);
}
