using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>
/// A country's XLSX template is written in English, French, Spanish or Arabic (labels, headers, the
/// instruction sheet, question texts, the words beside the codes) and reads back the same whatever its
/// language; a template in another language is refused, naming the cell.
/// </summary>
public abstract class TemplateLanguageTests
{
    protected abstract Task<ITestStore> CreateStoreAsync();

    [Theory]
    [InlineData("fr", "instructions", "Comment remplir ce modèle", "valeur", "pays")]
    [InlineData("es", "instrucciones", "Cómo completar esta plantilla", "valor", "país")]
    [InlineData("ar", "التعليمات", "طريقة تعبئة هذا النموذج", "القيمة", "البلد")]
    public async Task A_template_in_another_language_has_its_words_and_reads_back_to_the_same_answers_as_the_english_one(
        string language, string instructionSheet, string title, string valueHeader, string countryLabel)
    {
        await using var source = await TransferStore.CreateAsync(await CreateStoreAsync());
        await source.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "kenya.csv");
        var english = await ExportAsync(source, "en");
        var translated = await ExportAsync(source, language);

        var sheets = Sheets(translated);
        Assert.Equal(instructionSheet, sheets[0].Name);
        Assert.Equal(title, sheets[0].Rows[0][0]);
        var domain = sheets[1].Rows;
        Assert.Equal([countryLabel, "KEN"], domain[1]);
        var header = domain.Single(r => r.Contains(valueHeader));
        Assert.DoesNotContain("value", header);
        Assert.Equal("value", Sheets(english)[1].Rows.Single(r => r.Contains("value"))[5]);

        // Question texts come from the plugins' translations: some row reads differently from the English template.
        var englishTexts = Sheets(english).Skip(1).SelectMany(s => s.Rows).Select(r => r.ElementAtOrDefault(2)).ToHashSet();
        Assert.Contains(Sheets(translated).Skip(1).SelectMany(s => s.Rows), r => r.Length > 2 && r[0].Contains('.', StringComparison.Ordinal) && !englishTexts.Contains(r[2]));

        var fromEnglish = await ImportIntoNewStoreAsync(english, "kenya-en.xlsx");
        var fromTranslated = await ImportIntoNewStoreAsync(translated, $"kenya-{language}.xlsx");
        Assert.NotEmpty(fromEnglish);
        Assert.Equal(fromEnglish, fromTranslated);
        Assert.Equal(await source.AnswersAsync(), fromTranslated);
    }

    [Fact]
    public async Task A_template_whose_labels_are_in_a_language_not_offered_is_refused_naming_the_cell()
    {
        await using var source = await TransferStore.CreateAsync(await CreateStoreAsync());
        await source.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "kenya.csv");
        var german = Relabel(await ExportAsync(source, "en"), new Dictionary<string, string>
        {
            ["round"] = "Runde", ["country"] = "Land", ["instrument"] = "Instrument", ["question"] = "Frage", ["value"] = "Wert",
        });

        var plan = await source.ReadAsync(german, "vorlage.xlsx");

        Assert.False(plan.IsValid);
        var first = plan.Problems[0];
        Assert.Equal("vorlage.xlsx, sheet policy, row 1, column A", first.Location.ToString());
        Assert.Contains("\"Runde\" is not a label of the template in English, French, Spanish or Arabic", first.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_cell_in_a_language_not_offered_is_refused_naming_its_column()
    {
        await using var source = await TransferStore.CreateAsync(await CreateStoreAsync());
        await source.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "kenya.csv");
        var mixed = Relabel(await ExportAsync(source, "fr"), new Dictionary<string, string> { ["valeur"] = "Wert" });

        var plan = await source.ReadAsync(mixed, "modele.xlsx");

        Assert.False(plan.IsValid);
        Assert.Contains(plan.Problems, p => p.Location.ToString() == "modele.xlsx, sheet policy, row 5, column F"
            && p.Reason.Contains("the header \"Wert\" is not a column of the template", StringComparison.Ordinal));
    }

    private static async Task<byte[]> ExportAsync(TransferStore store, string language)
    {
        await using var db = store.Open();
        using var output = new MemoryStream();
        var request = new ExportRequest(TransferStore.Round, TransferFormat.Template, "KEN", TransferStore.Government) { Language = CultureInfo.GetCultureInfo(language) };
        await TransferStore.Exporter(db).ExportAsync(request, output, TransferStore.Secretariat, null, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private async Task<List<string>> ImportIntoNewStoreAsync(byte[] file, string name)
    {
        await using var target = await TransferStore.CreateAsync(await CreateStoreAsync());
        await target.ImportAsync(file, name);
        return await target.AnswersAsync();
    }

    private static List<(string Name, List<string[]> Rows)> Sheets(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        return [.. part.Workbook.Sheets!.Elements<Sheet>().Select(s => (s.Name!.Value!,
            ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet.Descendants<Row>().Select(Texts).ToList()))];
    }

    private static string[] Texts(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).Aggregate(0, (i, c) => (i * 26) + (c - 'A' + 1)) - 1;
            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells.Add(cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "");
        }

        return [.. cells];
    }

    // The workbook with every text cell that reads a key of <paramref name="words"/> replaced by its value.
    private static byte[] Relabel(byte[] workbook, Dictionary<string, string> words)
    {
        using var copy = new MemoryStream();
        copy.Write(workbook);
        using (var document = SpreadsheetDocument.Open(copy, true))
        {
            foreach (var text in document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Text>()))
            {
                if (words.TryGetValue(text.Text, out var replacement))
                {
                    text.Text = replacement;
                }
            }

            foreach (var part in document.WorkbookPart.WorksheetParts)
            {
                part.Worksheet.Save();
            }
        }

        return copy.ToArray();
    }
}

public sealed class SqliteTemplateLanguageTests : TemplateLanguageTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlTemplateLanguageTests : TemplateLanguageTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
