using System.Runtime.InteropServices;
using MnrPlatform.Sdk;

namespace MnrPlatform.TestPlugins;

public sealed partial class NativeLibraryPlugin : IDomainPlugin
{
    // The description records the native library's version, so the test can see it was called.
    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(domain, "fixture-native-library", $"SQLite {LibVersionNumber()}");

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_libversion_number")]
    private static partial int LibVersionNumber();
}
