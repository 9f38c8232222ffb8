namespace MnrPlatform.Data.Email.Templates;

/// <summary>The secretariat asked the country a question about its answers.</summary>
public static class QueryRaisedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "query";

    /// <summary>The message to <paramref name="to"/> in <paramref name="language"/>; the question is quoted as it was typed.</summary>
    public static EmailMessage Create(string to, string language, string roundName, string instrumentName, string countryName, string question, Uri? link)
    {
        var c = EmailLanguage.Culture(language);
        var body = EmailParts.Body(
            c,
            EmailParts.Format(c, "Query.Intro", instrumentName, countryName, roundName),
            Quote(question),
            link is null ? EmailParts.Get(c, "Query.SignIn") : EmailParts.WithLink(c, "Query.Link", link));
        return new EmailMessage(Kind, to, EmailParts.Format(c, "Query.Subject", roundName, countryName), body, Culture: c.Name);
    }

    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + line.TrimEnd('\r')));
}
