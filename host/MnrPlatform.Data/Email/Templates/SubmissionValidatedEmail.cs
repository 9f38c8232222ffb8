namespace MnrPlatform.Data.Email.Templates;

/// <summary>The secretariat validated a country's answers.</summary>
public static class SubmissionValidatedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "validated";

    /// <summary>The message to <paramref name="to"/> in <paramref name="language"/>.</summary>
    public static EmailMessage Create(string to, string language, string roundName, string instrumentName, string countryName, Uri? link)
    {
        var c = EmailLanguage.Culture(language);
        var body = EmailParts.Body(
            c,
            EmailParts.Format(c, "Validated.Text", instrumentName, countryName, roundName),
            link is null ? null : EmailParts.WithLink(c, "Validated.Link", link),
            EmailParts.Get(c, "Validated.Thanks"));
        return new EmailMessage(Kind, to, EmailParts.Format(c, "Validated.Subject", roundName, countryName), body, Culture: c.Name);
    }
}
