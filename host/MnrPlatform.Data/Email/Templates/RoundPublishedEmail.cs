namespace MnrPlatform.Data.Email.Templates;

/// <summary>A round's results were published.</summary>
public static class RoundPublishedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "published";

    /// <summary>The message to <paramref name="to"/> in <paramref name="language"/>.</summary>
    public static EmailMessage Create(string to, string language, string roundName, string countryName, Uri? link)
    {
        var c = EmailLanguage.Culture(language);
        var body = EmailParts.Body(
            c,
            EmailParts.Format(c, "Published.Text", roundName, countryName),
            link is null ? EmailParts.Get(c, "Published.SignIn") : EmailParts.WithLink(c, "Published.Link", link));
        return new EmailMessage(Kind, to, EmailParts.Format(c, "Published.Subject", roundName), body, Culture: c.Name);
    }
}
