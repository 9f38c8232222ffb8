namespace MnrPlatform.Cli.Tests;

/// <summary><c>mnr report --language</c>: the report in Arabic (right to left), English by default and unchanged.</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ReportCommandLanguageTests(DemoStore demo)
{
    [Fact]
    public async Task Report_with_language_ar_writes_an_arabic_report()
    {
        var html = await ReportAsync("html", "--language", "ar");
        var markdown = await ReportAsync("md", "--language", "ar");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.StartsWith("# نموذج الاستجابة الوطنية: ", markdown, StringComparison.Ordinal);
        Assert.Contains("## مقدمة ومنهجية", markdown, StringComparison.Ordinal);
        Assert.Contains("(95 في المائة، 40 من 42)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("per cent", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Introduction and method", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_the_default_and_language_en_writes_the_same_report()
    {
        var byDefault = await ReportAsync("md");
        var english = await ReportAsync("md", "--language", "en");

        Assert.Equal(byDefault, english);
        Assert.Contains("## Introduction and method", english, StringComparison.Ordinal);
        Assert.Contains("Almost all countries surveyed (95 per cent, 40 of 42) have a national child helpline.", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        using var folder = new TempDirectory();
        var (exit, _, error) = await demo.RunAsync("report", "--round", DemoStore.Review, "--format", "md", "--audience", "secretariat", "--language", "de", "--out", Path.Combine(folder.Path, "r.md"));

        Assert.NotEqual(0, exit);
        Assert.Contains("de", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.md")));
    }

    private async Task<string> ReportAsync(string format, params string[] more)
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "report." + format);
        var (exit, output, error) = await demo.RunAsync(["report", "--round", DemoStore.Review, "--format", format, "--audience", "secretariat", "--out", file, .. more]);
        Assert.True(exit == 0, error + output);
        return await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
    }
}
