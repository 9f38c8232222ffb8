namespace MnrPlatform.Data.Practice;

/// <summary>
/// Full-text search of examples through the store: SQLite FTS5 or PostgreSQL full-text search,
/// never a scan in memory. Both providers find the same examples for the same query.
/// </summary>
public sealed class ExampleSearch
{
    /// <summary>The ids of the examples whose title or text fields match <paramref name="text"/> (all words, prefix match on the last).</summary>
    public Task<IReadOnlyList<int>> MatchingIdsAsync(string text, CancellationToken cancellationToken) => throw new NotImplementedException();
}
