using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class TamperedPlugin : IDomainPlugin
{
    public void Configure(IDomainBuilder domain) =>
        throw new InvalidOperationException("Never called: the host refuses this plugin from its hashes.");
}
