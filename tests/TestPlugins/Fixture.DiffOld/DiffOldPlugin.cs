using DiffPlex;
using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed class DiffOldPlugin : IDomainPlugin
{
    // The description records which DiffPlex this plugin got, and that it ran, so the test can see both.
    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(domain, "fixture-diff-old", $"DiffPlex {typeof(Differ).Assembly.GetName().Version}: {new Differ().CreateCharacterDiffs("mnr", "mbr", false).DiffBlocks.Count}");
}
