using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>
/// Malformed and hostile files (FsCheck): truncated and corrupted CSV, JSON and XLSX, hostile
/// fields (formulas, huge text, NUL, stray quotes), other encodings and random bytes. The importer
/// never throws, a refused file never writes (the store is unchanged even when apply is tried),
/// and every problem names its file and, below file level, its row.
/// </summary>
public sealed class HostileFilePropertyTests
{
    private const int Samples = 150;

    private static readonly string[] HostileFields =
    [
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "'=1", "\"unclosed", "a,b", "yes\r\nno",
        new string('x', 5000), "y\0es", "\t=1", "🙂", "", "YES", "2", "dk", "https://example.org", "javascript:alert(1)",
    ];

    private static Gen<(string Name, byte[] Bytes)> Files(byte[] csv, byte[] xlsx, byte[] json)
    {
        var text = Encoding.UTF8.GetString(csv);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var truncated =
            from source in Gen.Elements(("a.csv", csv), ("a.xlsx", xlsx), ("a.json", json))
            from cut in Gen.Choose(0, source.Item2.Length)
            select (source.Item1, source.Item2[..cut]);
        var corrupted =
            from source in Gen.Elements(("a.csv", csv), ("a.xlsx", xlsx), ("a.json", json))
            from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, source.Item2.Length - 1), Gen.Choose(0, 255)))
            select (source.Item1, Flip(source.Item2, flips));
        var hostileField =
            from row in Gen.Choose(0, lines.Length - 1)
            from column in Gen.Choose(0, 7)
            from field in Gen.Elements(HostileFields)
            select ("h.csv", Encoding.UTF8.GetBytes(Replace(lines, row, column, field)));
        var encoded =
            from encoding in Gen.Elements(Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.Latin1, Encoding.UTF32)
            from preamble in Gen.Elements(true, false)
            select ("e.csv", (byte[])[.. preamble ? encoding.GetPreamble() : [], .. encoding.GetBytes(text.Replace("yes", "sí", StringComparison.Ordinal))]);
        var random =
            from name in Gen.Elements("r.csv", "r.xlsx", "r.json", "r.bin")
            from prefix in Gen.Elements(Array.Empty<byte>(), "PK\u0003\u0004"u8.ToArray(), "{"u8.ToArray(), [0xEF, 0xBB, 0xBF])
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            select (name, (byte[])[.. prefix, .. bytes]);
        return Gen.OneOf(truncated, corrupted, hostileField, encoded, random);
    }

    [Fact]
    public async Task Hostile_files_are_refused_with_their_place_and_never_write()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());
        var csv = SampleAnswers.Csv(TransferStore.Government, "KEN");
        await store.ImportAsync(csv, "seed.csv");
        var xlsx = await store.ExportAsync(TransferFormat.Xlsx);
        var json = await store.ExportAsync(TransferFormat.Json);
        var before = await store.CountsAsync();
        var answers = await store.AnswersAsync();

        var refused = 0;
        foreach (var (name, bytes) in Files(csv, xlsx, json).Sample(Samples, 30))
        {
            var plan = await store.ReadAsync(bytes, name);
            if (plan.IsValid)
            {
                continue;
            }

            refused++;
            Assert.NotEmpty(plan.Problems);
            Assert.All(plan.Problems, p =>
            {
                Assert.Equal(name, p.Location.File);
                Assert.StartsWith(name, p.ToString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(p.Reason));
                Assert.True(p.Location.Column is null || p.Location.Row is not null || p.Location.RowWord == "line" || p.Location.Column == "round", $"a column without a row: {p}");
            });
            await using var db = store.Open();
            await Assert.ThrowsAsync<InvalidOperationException>(() => TransferStore.Importer(db).ApplyAsync(plan, TransferStore.Secretariat, null, TestContext.Current.CancellationToken));
        }

        Assert.True(refused > Samples / 2, $"only {refused} of {Samples} hostile files were refused");
        Assert.Equal(before, await store.CountsAsync());
        Assert.Equal(answers, await store.AnswersAsync());
    }

    private static byte[] Flip(byte[] bytes, IEnumerable<(int Index, int Value)> flips)
    {
        var copy = (byte[])bytes.Clone();
        foreach (var (index, value) in flips)
        {
            copy[index] = (byte)value;
        }

        return copy;
    }

    private static string Replace(string[] lines, int row, int column, string field)
    {
        var copy = (string[])lines.Clone();
        var fields = copy[row].Split(',').ToList();
        if (column < fields.Count)
        {
            fields[column] = field;
        }
        else
        {
            fields.Add(field);
        }

        copy[row] = string.Join(',', fields);
        return string.Join('\n', copy);
    }
}
