namespace MnrPlatform.Host.Components.Surveys;

/// <summary>Counted nouns: "1 problem", "3 problems".</summary>
internal static class Counting
{
    public static string Of(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
