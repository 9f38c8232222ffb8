namespace MnrPlatform.Data.Email.Templates;

/// <summary>A reminder that a country's questionnaire is due soon and not submitted yet.</summary>
public static class ReminderEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "reminder";

    /// <summary>The message to <paramref name="to"/> in <paramref name="language"/>; <paramref name="deduplicationKey"/> makes it go once.</summary>
    public static EmailMessage Create(string to, string language, string roundName, string instrumentName, string countryName, DateTimeOffset deadline, int daysBefore, Uri? link, string deduplicationKey)
    {
        var c = EmailLanguage.Culture(language);
        var date = EmailParts.Date(c, deadline);
        var due = daysBefore switch
        {
            0 => EmailParts.Format(c, "Reminder.DueToday", instrumentName, roundName, countryName, date),
            1 => EmailParts.Format(c, "Reminder.DueTomorrow", instrumentName, roundName, countryName, date),
            _ => EmailParts.Format(c, "Reminder.DueInDays", instrumentName, roundName, countryName, date, daysBefore),
        };
        var body = EmailParts.Body(
            c,
            due,
            link is null ? EmailParts.Get(c, "Reminder.SignIn") : EmailParts.WithLink(c, "Reminder.Link", link),
            EmailParts.Get(c, "Reminder.MoreTime"));
        return new EmailMessage(Kind, to, EmailParts.Format(c, "Reminder.Subject", roundName, countryName, date), body, deduplicationKey, c.Name);
    }
}
