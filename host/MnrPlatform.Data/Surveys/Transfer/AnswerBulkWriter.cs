using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MnrPlatform.Data.Entities;
using Npgsql;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>A new answer row for the bulk insert.</summary>
internal readonly record struct AnswerRow(int SubmissionId, string QuestionId, string Value, string? Comment, string? Evidence);

/// <summary>
/// Writes answers in bulk inside the context's open transaction, past EF Core's change tracker
/// (which cannot write a million rows quickly): inserts through a provider-specific fast path,
/// changes through prepared commands reused with their parameters rebound.
/// </summary>
internal abstract class AnswerBulkWriter(MnrDbContext db)
{
    protected MnrDbContext Db { get; } = db;

    protected DbConnection Connection => Db.Database.GetDbConnection();

    protected DbTransaction Transaction => Db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("The bulk writer runs inside the import's transaction.");

    /// <summary>The writer for the context's provider.</summary>
    public static AnswerBulkWriter For(MnrDbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection ? new SqliteAnswerBulkWriter(db) : new PostgreSqlAnswerBulkWriter(db);

    /// <summary>Inserts new answers, set by <paramref name="actor"/> at <paramref name="now"/>.</summary>
    public abstract Task InsertAnswersAsync(IEnumerable<AnswerRow> rows, string actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces changed answers: each answer row is updated and the version it replaced is written to
    /// AnswerChanges (source import).
    /// </summary>
    public async Task ReplaceAnswersAsync(IEnumerable<(int SubmissionId, StoredAnswer Old, ImportedAnswer New)> changes, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var update = Command(
            """UPDATE "Answers" SET "Value" = @value, "Comment" = @comment, "EvidenceUrl" = @evidence, "SetBy" = @by, "SetAt" = @at, "CarriedFrom" = NULL WHERE "Id" = @id""",
            ("value", DbType.String), ("comment", DbType.String), ("evidence", DbType.String), ("by", DbType.String), ("at", DbType.DateTimeOffset), ("id", DbType.Int64));
        await using var history = Command(
            """
            INSERT INTO "AnswerChanges" ("SubmissionId", "QuestionId", "OldValue", "OldComment", "OldEvidenceUrl", "OldSetBy", "OldSetAt", "NewValue", "ChangedBy", "ChangedAt", "Source")
            VALUES (@submission, @question, @oldValue, @oldComment, @oldEvidence, @oldBy, @oldAt, @newValue, @by, @at, @source)
            """,
            ("submission", DbType.Int32), ("question", DbType.String), ("oldValue", DbType.String), ("oldComment", DbType.String), ("oldEvidence", DbType.String),
            ("oldBy", DbType.String), ("oldAt", DbType.DateTimeOffset), ("newValue", DbType.String), ("by", DbType.String), ("at", DbType.DateTimeOffset), ("source", DbType.String));
        var prepared = false;
        foreach (var (submission, old, answer) in changes)
        {
            if (!prepared)
            {
                await update.PrepareAsync(cancellationToken);
                await history.PrepareAsync(cancellationToken);
                prepared = true;
            }

            Bind(update, answer.Value, answer.Comment, answer.Evidence, actor, now, old.Id);
            await update.ExecuteNonQueryAsync(cancellationToken);
            Bind(history, submission, answer.QuestionId, old.Value, old.Comment, old.Evidence, old.SetBy, old.SetAt, answer.Value, actor, now, AnswerSources.Import);
            await history.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Typed parameters: PostgreSQL prepares a statement only when each parameter's type is known.
    private DbCommand Command(string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
