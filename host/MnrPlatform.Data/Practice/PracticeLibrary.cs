using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Practice;

/// <summary>Reading the library: each result is what the viewer may see (<see cref="ExampleVisibilityRule"/>), no more.</summary>
public sealed class PracticeLibrary
{
    /// <summary>The examples matching <paramref name="query"/> that the viewer may see, newest first.</summary>
    public Task<IReadOnlyList<ExampleSummary>> SearchAsync(AccessScope scope, ExampleQuery query, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>One example as the viewer may see it; null when it does not exist or is hidden from them.</summary>
    public Task<ExampleView?> GetAsync(AccessScope scope, int id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The examples the secretariat and a country work on: all for the secretariat, the country's own for a focal point.</summary>
    public Task<IReadOnlyList<ExampleSummary>> WorklistAsync(AccessScope scope, CancellationToken cancellationToken) => throw new NotImplementedException();
}
