namespace MnrPlatform.TestPlugins.Library;

public static class FixtureNames
{
    public static string DomainCode => "fixture-missing-dependency";
}
