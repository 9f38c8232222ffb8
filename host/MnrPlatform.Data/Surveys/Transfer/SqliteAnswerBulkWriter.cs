using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// SQLite's bulk insert: one prepared multi-row INSERT (128 rows a statement, so the AUTOINCREMENT
/// bookkeeping runs once per 128 rows), bound by position through SQLite's own API and reused.
/// Binding, not inserting, was the larger cost, so as little as possible is bound: the importer
/// and the time are one parameter each for every row, bound once; SQLite keeps a parameter's value
/// across executions, so a row's value that is the very object already bound in its place (the
/// same submission, no comment, a pooled value) is not bound again; the UTF-8 bytes of repeated
/// strings (question ids, values) are encoded once.
/// </summary>
internal sealed class SqliteAnswerBulkWriter(MnrDbContext db) : AnswerBulkWriter(db)
{
    private const int RowsPerStatement = 128;

    // Parameters 1 and 2 are the importer and the time; then five a row.
    private const int SharedParameters = 2;
    private const int ColumnsPerRow = 5;

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
            var pending = new AnswerRow[RowsPerStatement];
            var count = 0;
            using (var many = new Statement(handle, RowsPerStatement, setBy, setAt))
            {
                foreach (var row in rows)
                {
                    pending[count++] = row;
                    if (count == RowsPerStatement)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        many.Execute(pending, utf8);
                        count = 0;
                    }
                }
            }

            if (count > 0)
            {
                using var one = new Statement(handle, 1, setBy, setAt);
                for (var i = 0; i < count; i++)
                {
                    one.Execute(pending.AsSpan(i, 1), utf8);
                }
            }
        }
        finally
        {
            Execute(handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}"));
        }

        return Task.CompletedTask;
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

    /// <summary>
    /// A prepared INSERT of a fixed number of rows that remembers what each parameter holds, so
    /// that a parameter is bound only when its value changes.
    /// </summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 handle;
        private readonly sqlite3_stmt statement;

        // What each row parameter holds (index 0 unused, as SQLite counts from 1): a submission id,
        // or the string whose text was bound (null: SQL NULL, as every parameter starts).
        private readonly int?[] ids;
        private readonly string?[] texts;

        public Statement(sqlite3 handle, int rows, byte[] setBy, byte[] setAt)
        {
            this.handle = handle;
            var values = string.Join(", ", Enumerable.Range(0, rows).Select(r =>
            {
                var first = Parameter(r, 0);
                return string.Create(CultureInfo.InvariantCulture, $"(?{first}, ?{first + 1}, ?{first + 2}, ?{first + 3}, ?{first + 4}, ?1, ?2)");
            }));
            var sql = $"""INSERT INTO "Answers" ("SubmissionId", "QuestionId", "Value", "Comment", "EvidenceUrl", "SetBy", "SetAt") VALUES {values}""";
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out statement), handle);
            raw.sqlite3_bind_text(statement, 1, setBy);
            raw.sqlite3_bind_text(statement, 2, setAt);
            ids = new int?[Parameter(rows, 0)];
            texts = new string?[ids.Length];
        }

        /// <summary>Inserts <paramref name="rows"/> (as many as the statement was prepared for).</summary>
        public void Execute(ReadOnlySpan<AnswerRow> rows, Dictionary<string, byte[]> utf8)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r];
                var first = Parameter(r, 0);
                if (ids[first] != row.SubmissionId)
                {
                    raw.sqlite3_bind_int(statement, first, row.SubmissionId);
                    ids[first] = row.SubmissionId;
                }

                Text(first + 1, row.QuestionId, utf8);
                Text(first + 2, row.Value, utf8);
                Text(first + 3, row.Comment, utf8);
                Text(first + 4, row.Evidence, utf8);
            }

            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, handle);
            }
        }

        public void Dispose() => statement.Dispose();

        private static int Parameter(int row, int column) => SharedParameters + 1 + (row * ColumnsPerRow) + column;

        private void Text(int index, string? text, Dictionary<string, byte[]> utf8)
        {
            if (ReferenceEquals(texts[index], text))
            {
                return;
            }

            if (text is null)
            {
                raw.sqlite3_bind_null(statement, index);
            }
            else
            {
                raw.sqlite3_bind_text(statement, index, Utf8(text, utf8));
            }

            texts[index] = text;
        }

        // The UTF-8 bytes of a string, kept by reference for the repeated (pooled) ones.
        private static byte[] Utf8(string text, Dictionary<string, byte[]> utf8)
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
}
