using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>Examples written straight into a store (no service), for the search and attachment tests.</summary>
internal static class ExampleRows
{
    public static async Task<int> AddAsync(
        MnrDbContext db,
        string countryIso3,
        string title,
        string whatWasDone,
        string? results = null,
        string? challenges = null,
        string? lessons = null,
        CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        var example = new PracticeExample
        {
            CountryIso3 = countryIso3,
            CapabilityCode = "child-helpline",
            DomainCode = "victim",
            Title = title,
            WhatWasDone = whatWasDone,
            Results = results,
            Challenges = challenges,
            Lessons = lessons,
            Language = "en",
            CreatedBy = "test",
            CreatedAt = now,
            UpdatedBy = "test",
            UpdatedAt = now,
        };
        db.PracticeExamples.Add(example);
        await db.SaveChangesAsync(cancellationToken);
        return example.Id;
    }
}
