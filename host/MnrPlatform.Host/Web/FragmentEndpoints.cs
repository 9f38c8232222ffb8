namespace MnrPlatform.Host.Web;

/// <summary>
/// Formerly the HTML fragments htmx swapped into pages. The pages now switch by GET forms and links that
/// Blazor's enhanced navigation patches in, and the store status shows as of the page's rendering, so
/// no fragment is left. Kept only because Program.cs calls it; remove both together.
/// </summary>
internal static class FragmentEndpoints
{
    public static WebApplication MapFragments(this WebApplication app) => app;
}
