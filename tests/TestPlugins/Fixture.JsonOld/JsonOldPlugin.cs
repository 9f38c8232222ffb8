using MnrPlatform.Sdk;
using Newtonsoft.Json;

namespace MnrPlatform.TestPlugins;

public sealed class JsonOldPlugin : IDomainPlugin
{
    // The description records which Newtonsoft.Json this plugin got, so the test can see it.
    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(domain, "fixture-json-old", $"Newtonsoft.Json {typeof(JsonConvert).Assembly.GetName().Version}: {JsonConvert.SerializeObject(1)}");
}
