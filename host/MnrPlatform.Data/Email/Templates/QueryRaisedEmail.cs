namespace MnrPlatform.Data.Email.Templates;

/// <summary>The secretariat asked the country a question about its answers.</summary>
public static class QueryRaisedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "query";

    /// <summary>The message to <paramref name="to"/>.</summary>
    public static EmailMessage Create(string to, string roundName, string instrumentName, string countryName, string question, Uri? link)
    {
        var body = EmailText.Body(
            "Hello,",
            $"The secretariat has a question about the {instrumentName} answers of {countryName} in {roundName}:",
            Quote(question),
            link is null
                ? "Sign in to MnrPlatform to reply and send the answers again."
                : $"Reply and send the answers again here:\n{link}",
            EmailText.Closing);
        return new EmailMessage(Kind, to, $"Question from the secretariat: {roundName}, {countryName}", body);
    }

    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + line.TrimEnd('\r')));
}
