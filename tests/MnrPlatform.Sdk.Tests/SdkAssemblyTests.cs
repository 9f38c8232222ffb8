using System.Reflection;

namespace MnrPlatform.Sdk.Tests;

public sealed class SdkAssemblyTests
{
    private static readonly Assembly Sdk = Assembly.Load("MnrPlatform.Sdk");

    [Fact]
    public void The_sdk_references_no_other_project()
    {
        Assert.Empty(ProjectReferences.Of("sdk/MnrPlatform.Sdk/MnrPlatform.Sdk.csproj"));
        Assert.DoesNotContain(Sdk.GetReferencedAssemblies(), a => a.Name!.StartsWith("MnrPlatform", StringComparison.Ordinal));
    }

    [Fact]
    public void Assembly_version_is_major_only_so_plugins_bind_across_minor_versions()
    {
        var assemblyVersion = Sdk.GetName().Version!;
        var semver = Sdk.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var major = int.Parse(semver.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", semver);
        Assert.Equal(new Version(major, 0, 0, 0), assemblyVersion);
    }
}
