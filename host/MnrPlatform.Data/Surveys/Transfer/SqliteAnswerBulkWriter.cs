using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// SQLite's bulk insert: one prepared multi-row INSERT (64 rows a statement, so the AUTOINCREMENT
/// bookkeeping runs once per 64 rows), bound by position through SQLite's own API and reused; the
/// UTF-8 bytes of repeated strings (question ids, values) are encoded once.
/// </summary>
internal sealed class SqliteAnswerBulkWriter(MnrDbContext db) : AnswerBulkWriter(db)
{
    private const int RowsPerStatement = 64;
    private const int Columns = 7;

    public override Task InsertAnswersAsync(IEnumerable<AnswerRow> rows, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = Transaction;
        var connection = (SqliteConnection)Connection;
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var setBy = Encoding.UTF8.GetBytes(actor);

        // EF Core's SQLite text form of a DateTimeOffset, so EF reads the rows back as it wrote its own.
        var setAt = Encoding.UTF8.GetBytes(now.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        var utf8 = new Dictionary<string, byte[]>(ReferenceEqualityComparer.Instance);

        // A page cache large enough that a million-row insert does not spill pages mid-transaction
        // (each spill syncs the journal); the connection's own size is restored afterwards.
        var cacheSize = Pragma(handle, "cache_size");
        Execute(handle, "PRAGMA cache_size = -262144");
        try
        {
            Insert(handle, rows, Bind, cancellationToken);
        }
        finally
        {
            Execute(handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}"));
        }

        return Task.CompletedTask;

        void Bind(sqlite3_stmt statement, int offset, AnswerRow row)
        {
            raw.sqlite3_bind_int(statement, offset + 1, row.SubmissionId);
            raw.sqlite3_bind_text(statement, offset + 2, Utf8(row.QuestionId));
            raw.sqlite3_bind_text(statement, offset + 3, Utf8(row.Value));
            BindOptional(statement, offset + 4, row.Comment);
            BindOptional(statement, offset + 5, row.Evidence);
            raw.sqlite3_bind_text(statement, offset + 6, setBy);
            raw.sqlite3_bind_text(statement, offset + 7, setAt);
        }

        byte[] Utf8(string text)
        {
            if (!utf8.TryGetValue(text, out var bytes))
            {
                bytes = Encoding.UTF8.GetBytes(text);
                if (utf8.Count < 65536)
                {
                    utf8[text] = bytes;
                }
            }

            return bytes;
        }
    }

    private static void Insert(sqlite3 handle, IEnumerable<AnswerRow> rows, Action<sqlite3_stmt, int, AnswerRow> bind, CancellationToken cancellationToken)
    {
        var pending = new AnswerRow[RowsPerStatement];
        var count = 0;
        using var many = Prepare(handle, RowsPerStatement);
        foreach (var row in rows)
        {
            pending[count++] = row;
            if (count == RowsPerStatement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < count; i++)
                {
                    bind(many, i * Columns, pending[i]);
                }

                Step(handle, many);
                count = 0;
            }
        }

        if (count > 0)
        {
            using var one = Prepare(handle, 1);
            for (var i = 0; i < count; i++)
            {
                bind(one, 0, pending[i]);
                Step(handle, one);
            }
        }

    }

    private static long Pragma(sqlite3 handle, string name)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, $"PRAGMA {name}", out var statement), handle);
        using (statement)
        {
            return raw.sqlite3_step(statement) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : 0;
        }
    }

    private static void Execute(sqlite3 handle, string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(handle, sql), handle);

    private static void BindOptional(sqlite3_stmt statement, int index, string? text)
    {
        if (text is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, text);
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 handle, int rows)
    {
        var values = string.Join(", ", Enumerable.Repeat("(?, ?, ?, ?, ?, ?, ?)", rows));
        var sql = $"""INSERT INTO "Answers" ("SubmissionId", "QuestionId", "Value", "Comment", "EvidenceUrl", "SetBy", "SetAt") VALUES {values}""";
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, handle);
        return statement;
    }

    private static void Step(sqlite3 handle, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(statement);
            SqliteException.ThrowExceptionForRC(rc, handle);
        }

        raw.sqlite3_reset(statement);
    }
}
