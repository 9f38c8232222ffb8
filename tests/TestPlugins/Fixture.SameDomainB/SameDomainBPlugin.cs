using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class SameDomainBPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) =>
        throw new InvalidOperationException("Never called: the host refuses this plugin from its manifest.");
}
