namespace MnrPlatform.Host.Components.Surveys.Rounds;

/// <summary>A date picked on a page as a deadline: the end of that day in UTC.</summary>
internal static class RoundDeadlines
{
    public static DateTimeOffset EndOfDay(DateTime day) =>
        new(DateTime.SpecifyKind(day.Date.AddDays(1).AddSeconds(-1), DateTimeKind.Utc));
}
