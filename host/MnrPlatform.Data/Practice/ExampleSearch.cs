using Microsoft.EntityFrameworkCore;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Full-text search of examples through the store: SQLite FTS5 or PostgreSQL full-text search,
/// never a scan in memory. Both providers find the same examples for the same query.
/// </summary>
/// <remarks>
/// Semantics on both providers (the objects are made by migration <c>20261209010000_PracticeSearch</c>):
/// a word is a run of letters, digits and combining marks; every word of the query must occur in
/// the example's title, what was done, results, challenges or lessons (in any of them); the last
/// word also matches as a prefix ("mold" finds "Moldova"); case and accents are ignored
/// ("ecole" finds "École"). No stemming and no stop words: "helpline" does not find "helplines"
/// unless it is the last word. Known differences: PostgreSQL's <c>unaccent</c> also expands
/// ligatures and letters without a decomposition ("ß" → "ss", "æ" → "ae", "ø" → "o") and removes
/// accents in Greek, which SQLite's tokenizer does not; words are compared after those folds.
/// </remarks>
public sealed class ExampleSearch(MnrDbContext db)
{
    /// <summary>The most words a query may have.</summary>
    public const int MaxWords = 32;

    /// <summary>The ids of the examples whose title or text fields match <paramref name="text"/> (all words, prefix match on the last).</summary>
    /// <returns>The ids in ascending order; none when the text has no word.</returns>
    /// <exception cref="PracticeException">The text has more than <see cref="MaxWords"/> words.</exception>
    public async Task<IReadOnlyList<int>> MatchingIdsAsync(string text, CancellationToken cancellationToken)
    {
        var words = SearchWords.Split(text);
        if (words.Count == 0)
        {
            return [];
        }

        if (words.Count > MaxWords)
        {
            throw new PracticeException(PracticeWords.Of("Refusal.SearchWords", words.Count, MaxWords), nameof(ExampleQuery.Text));
        }

        var query = db.Database.IsSqlite()
            ? db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "PracticeExampleSearch" WHERE "PracticeExampleSearch" MATCH {Fts5Query(words)}""")
            : db.Database.SqlQueryRaw<int>(PostgreSqlQuery, TsQuery(words));
        return await query.OrderBy(id => id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The PostgreSQL query: the index's own expression (so the GIN index is used) matched with a
    /// tsquery given as parameter {0}; the expression's braces are doubled for that format.
    /// </summary>
    internal static string PostgreSqlQuery { get; } =
        """SELECT "Id" AS "Value" FROM "PracticeExamples" WHERE """
        + Migrations.PracticeSearch.PostgreSqlDocument.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
        + " @@ to_tsquery('mnr_search'::regconfig, {0})";

    /// <summary>FTS5: each word a quoted string (words hold no quote), the last one a prefix; juxtaposition means AND.</summary>
    internal static string Fts5Query(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => $"\"{w}\"")) + "*";

    /// <summary>PostgreSQL: each word quoted (words hold no quote), joined by AND, the last one a prefix.</summary>
    internal static string TsQuery(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select(w => $"'{w}'")) + ":*";
}
