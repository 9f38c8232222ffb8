namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>How many answers an import adds, changes and leaves as they are.</summary>
/// <param name="New">Answers to questions not answered yet.</param>
/// <param name="Changed">Answers whose value, comment or evidence differ from the stored ones.</param>
/// <param name="Unchanged">Answers equal to the stored ones (nothing is written for them).</param>
public sealed record AnswerCounts(int New, int Changed, int Unchanged)
{
    /// <summary>Every answer of the file.</summary>
    public int Total => New + Changed + Unchanged;

    /// <summary>The sum of two counts.</summary>
    public static AnswerCounts operator +(AnswerCounts a, AnswerCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new AnswerCounts(a.New + b.New, a.Changed + b.Changed, a.Unchanged + b.Unchanged);
    }

    /// <summary>The sum of two counts (named alternative of +).</summary>
    public static AnswerCounts Add(AnswerCounts a, AnswerCounts b) => a + b;
}

/// <summary>One country's part of an import.</summary>
/// <param name="CountryIso3">The country.</param>
/// <param name="Answers">Its answer counts.</param>
/// <param name="NewSubmissions">Submissions (instruments) the import creates for it.</param>
public sealed record CountryPreview(string CountryIso3, AnswerCounts Answers, int NewSubmissions)
{
    /// <summary>True when the country is not invited to the open round yet: applying invites it.</summary>
    public bool NotInvited { get; init; }
}

/// <summary>What applying an import would change: per country and in total.</summary>
/// <param name="Countries">Per country, by ISO3.</param>
/// <param name="Totals">All countries together.</param>
/// <param name="NewSubmissions">Submissions the import creates.</param>
/// <param name="ValidatedSubmissionsChanged">Validated submissions whose answers would change (the round's results change).</param>
public sealed record ImportPreview(IReadOnlyList<CountryPreview> Countries, AnswerCounts Totals, int NewSubmissions, int ValidatedSubmissionsChanged)
{
    /// <summary>The countries not invited to the open round yet, which applying invites (ISO3, in order).</summary>
    public IReadOnlyList<string> NotInvited { get; init; } = [];
}
