namespace MnrPlatform.TestSupport;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MnrPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MnrPlatform.sln not found above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder that holds MnrPlatform.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the repository, from parts relative to its root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
