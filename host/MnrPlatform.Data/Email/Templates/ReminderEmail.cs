namespace MnrPlatform.Data.Email.Templates;

/// <summary>A reminder that a country's questionnaire is due soon and not submitted yet.</summary>
public static class ReminderEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "reminder";

    /// <summary>The message to <paramref name="to"/>; <paramref name="deduplicationKey"/> makes it go once.</summary>
    public static EmailMessage Create(string to, string roundName, string instrumentName, string countryName, DateTimeOffset deadline, int daysBefore, Uri? link, string deduplicationKey)
    {
        var when = daysBefore switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => $"in {daysBefore} days",
        };
        var body = EmailText.Body(
            "Hello,",
            $"The {instrumentName} questionnaire of {roundName} for {countryName} is due {when}, on {EmailText.Date(deadline)}, and it has not been submitted yet.",
            link is null ? "Sign in to MnrPlatform to complete and submit it." : $"Complete and submit it here:\n{link}",
            "If you need more time, write to the secretariat before the deadline.",
            EmailText.Closing);
        return new EmailMessage(Kind, to, $"Reminder: {roundName} questionnaire for {countryName} due {EmailText.Date(deadline)}", body, deduplicationKey);
    }
}
