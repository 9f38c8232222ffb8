namespace MnrPlatform.Data.Email.Templates;

/// <summary>A round's results were published.</summary>
public static class RoundPublishedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "published";

    /// <summary>The message to <paramref name="to"/>.</summary>
    public static EmailMessage Create(string to, string roundName, string countryName, Uri? link)
    {
        var body = EmailText.Body(
            "Hello,",
            $"The results of {roundName} are published. Thank you for answering for {countryName}.",
            link is null ? "Sign in to MnrPlatform to see them." : $"See them here:\n{link}",
            EmailText.Closing);
        return new EmailMessage(Kind, to, $"Results published: {roundName}", body);
    }
}
