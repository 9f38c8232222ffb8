using Npgsql;
using NpgsqlTypes;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>PostgreSQL's bulk insert: binary COPY into "Answers".</summary>
internal sealed class PostgreSqlAnswerBulkWriter(MnrDbContext db) : AnswerBulkWriter(db)
{
    public override async Task InsertAnswersAsync(IEnumerable<AnswerRow> rows, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = Transaction;
        var connection = (NpgsqlConnection)Connection;
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "Answers" ("SubmissionId", "QuestionId", "Value", "Comment", "EvidenceUrl", "SetBy", "SetAt") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(row.SubmissionId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(row.QuestionId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(row.Value, NpgsqlDbType.Text, cancellationToken);
            await WriteOptionalAsync(copy, row.Comment, NpgsqlDbType.Text, cancellationToken);
            await WriteOptionalAsync(copy, row.Evidence, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(actor, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static Task WriteOptionalAsync(NpgsqlBinaryImporter copy, string? text, NpgsqlDbType type, CancellationToken cancellationToken) =>
        text is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(text, type, cancellationToken);
}
