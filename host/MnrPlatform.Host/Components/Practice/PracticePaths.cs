namespace MnrPlatform.Host.Components.Practice;

/// <summary>The addresses of the good-practice library's pages, relative to the base path.</summary>
public static class PracticePaths
{
    /// <summary>The library: search and filters.</summary>
    public const string Library = "practice";

    /// <summary>The examples the secretariat and a country work on.</summary>
    public const string Worklist = "practice/worklist";

    /// <summary>Recording a new example.</summary>
    public const string New = "practice/new";

    /// <summary>An example's page, as the viewer may see it.</summary>
    public static string Example(int id) => $"practice/{id}";

    /// <summary>Editing an example's text and files.</summary>
    public static string Edit(int id) => $"practice/{id}/edit";

    /// <summary>Curation (the secretariat) and consent (its country).</summary>
    public static string Review(int id) => $"practice/{id}/review";

    /// <summary>An attachment's download (the endpoint checks that the viewer may see its example).</summary>
    public static string Attachment(int id) => Web.Api.ExamplesApi.DownloadPath(id).TrimStart('/');
}
