using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MnrPlatform.Data.Migrations;

/// <summary>
/// Full-text search of examples (title, what was done, results, challenges, lessons), outside the
/// EF model, one form per provider with the same semantics (see <see cref="Practice.ExampleSearch"/>):
/// <list type="bullet">
/// <item>SQLite: an FTS5 table over <c>PracticeExamples</c> (external content, unicode61 tokenizer
/// without diacritics), kept in step by three triggers;</item>
/// <item>PostgreSQL: a GIN index on a <c>tsvector</c> expression with the text search configuration
/// <c>mnr_search</c> (simple, after <c>unaccent</c>); ASCII punctuation is turned into spaces first,
/// so both providers split words at the same places. Needs the <c>unaccent</c> extension (in
/// PostgreSQL's contrib, trusted: the database's owner may create it).</item>
/// </list>
/// The statements are public so the schema test can add them to a database created from the model.
/// </summary>
[DbContext(typeof(MnrDbContext))]
[Migration("20261209010000_PracticeSearch")]
public sealed class PracticeSearch : Migration
{
    /// <summary>The index expression PostgreSQL searches; <see cref="Practice.ExampleSearch"/> queries with exactly this text so the index is used.</summary>
    public const string PostgreSqlDocument =
        """to_tsvector('mnr_search'::regconfig, translate(coalesce("Title", '') || ' ' || coalesce("WhatWasDone", '') || ' ' || coalesce("Results", '') || ' ' || coalesce("Challenges", '') || ' ' || coalesce("Lessons", ''), '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~', '                                '))""";

    /// <summary>The statements that create the SQLite search objects (and index what is already stored).</summary>
    public static IReadOnlyList<string> SqliteUp { get; } =
    [
        """
        CREATE VIRTUAL TABLE "PracticeExampleSearch" USING fts5(
            "Title", "WhatWasDone", "Results", "Challenges", "Lessons",
            content='PracticeExamples', content_rowid='Id', tokenize='unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER "PracticeExampleSearch_Insert" AFTER INSERT ON "PracticeExamples" BEGIN
            INSERT INTO "PracticeExampleSearch"(rowid, "Title", "WhatWasDone", "Results", "Challenges", "Lessons")
            VALUES (new."Id", new."Title", new."WhatWasDone", new."Results", new."Challenges", new."Lessons");
        END
        """,
        """
        CREATE TRIGGER "PracticeExampleSearch_Delete" AFTER DELETE ON "PracticeExamples" BEGIN
            INSERT INTO "PracticeExampleSearch"("PracticeExampleSearch", rowid, "Title", "WhatWasDone", "Results", "Challenges", "Lessons")
            VALUES ('delete', old."Id", old."Title", old."WhatWasDone", old."Results", old."Challenges", old."Lessons");
        END
        """,
        """
        CREATE TRIGGER "PracticeExampleSearch_Update" AFTER UPDATE OF "Title", "WhatWasDone", "Results", "Challenges", "Lessons" ON "PracticeExamples" BEGIN
            INSERT INTO "PracticeExampleSearch"("PracticeExampleSearch", rowid, "Title", "WhatWasDone", "Results", "Challenges", "Lessons")
            VALUES ('delete', old."Id", old."Title", old."WhatWasDone", old."Results", old."Challenges", old."Lessons");
            INSERT INTO "PracticeExampleSearch"(rowid, "Title", "WhatWasDone", "Results", "Challenges", "Lessons")
            VALUES (new."Id", new."Title", new."WhatWasDone", new."Results", new."Challenges", new."Lessons");
        END
        """,
        """INSERT INTO "PracticeExampleSearch"("PracticeExampleSearch") VALUES ('rebuild')""",
    ];

    /// <summary>The statements that create the PostgreSQL search objects.</summary>
    public static IReadOnlyList<string> PostgreSqlUp { get; } =
    [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE TEXT SEARCH CONFIGURATION mnr_search (COPY = simple)",
        "ALTER TEXT SEARCH CONFIGURATION mnr_search ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart WITH unaccent, simple",
        $"""CREATE INDEX "IX_PracticeExamples_Search" ON "PracticeExamples" USING GIN ({PostgreSqlDocument})""",
    ];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in migrationBuilder.IsSqlite() ? SqliteUp : PostgreSqlUp)
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP TRIGGER "PracticeExampleSearch_Update" """);
            migrationBuilder.Sql("""DROP TRIGGER "PracticeExampleSearch_Delete" """);
            migrationBuilder.Sql("""DROP TRIGGER "PracticeExampleSearch_Insert" """);
            migrationBuilder.Sql("""DROP TABLE "PracticeExampleSearch" """);
        }
        else
        {
            migrationBuilder.Sql("""DROP INDEX "IX_PracticeExamples_Search" """);
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION mnr_search");
        }
    }
}
