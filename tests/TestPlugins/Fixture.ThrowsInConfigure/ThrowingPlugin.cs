using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class ThrowingPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) =>
        throw new InvalidOperationException("The fixture's configuration file is missing.");
}
