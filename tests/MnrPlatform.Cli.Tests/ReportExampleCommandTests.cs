using System.Globalization;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Cli.Tests;

/// <summary>
/// `mnr report --example ID` (repeatable): the chosen published examples are boxes in the report, and
/// the public report refuses an example not consented to public display, naming it, as the web does.
/// </summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ReportExampleCommandTests(DemoStore demo)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chosen_examples_are_boxes_and_the_public_report_refuses_a_members_only_example_by_name()
    {
        var everyone = await PublishAsync("One-stop centre in Balti (cli)", ExampleVisibility.Public);
        var members = await PublishAsync("Barnahus in Chisinau (cli)", ExampleVisibility.Members);
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "report.md");

        var secretariat = await demo.RunAsync("report", "--round", DemoStore.Review, "--format", "md", "--audience", "secretariat", "--out", file, "--example", Id(everyone), "--example", Id(members));
        Assert.True(secretariat.Exit == 0, secretariat.Error + secretariat.Output);
        var text = await File.ReadAllTextAsync(file, Cancellation);
        Assert.Contains($"<!-- example: {Id(everyone)} -->", text, StringComparison.Ordinal);
        Assert.Contains($"<!-- example: {Id(members)} -->", text, StringComparison.Ordinal);

        File.Delete(file);
        var refused = await demo.RunAsync("report", "--round", DemoStore.Review, "--format", "md", "--audience", "public", "--out", file, "--example", Id(everyone), "--example", Id(members));
        Assert.Equal(2, refused.Exit);
        Assert.Contains($"error: Example {Id(members)} (“Barnahus in Chisinau (cli)”) cannot go into the public report", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    // An approved example of Moldova's whose focal point consented to this version at the visibility.
    private async Task<int> PublishAsync(string title, ExampleVisibility visibility)
    {
        await using var db = demo.Open();
        var now = DateTimeOffset.UtcNow;
        var example = new PracticeExample
        {
            CountryIso3 = "MDA",
            CapabilityCode = "end-to-end-support",
            DomainCode = "victim",
            Title = title,
            WhatWasDone = "A child-friendly house where police, prosecutors, doctors and therapists meet the child.",
            Language = "en",
            Status = PracticeExampleStatus.Approved,
            ProposedVisibility = visibility,
            AnonymisedVisibility = ExampleVisibility.Secretariat,
            CreatedBy = "test",
            CreatedAt = now,
            UpdatedBy = "test",
            UpdatedAt = now,
        };
        example.Consents.Add(new ExampleConsent { Version = 1, Visibility = visibility, GivenBy = "focal.point@mda.example.org", GivenAt = now });
        db.PracticeExamples.Add(example);
        await db.SaveChangesAsync(Cancellation);
        return example.Id;
    }
}
