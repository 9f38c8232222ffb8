namespace MnrPlatform.Data.Email.Templates;

/// <summary>The secretariat validated a country's answers.</summary>
public static class SubmissionValidatedEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "validated";

    /// <summary>The message to <paramref name="to"/>.</summary>
    public static EmailMessage Create(string to, string roundName, string instrumentName, string countryName, Uri? link)
    {
        var body = EmailText.Body(
            "Hello,",
            $"The secretariat has validated the {instrumentName} answers of {countryName} in {roundName}. They will count in the results when the round is published.",
            link is null ? null : $"You can read them here:\n{link}",
            "Thank you for your work.",
            EmailText.Closing);
        return new EmailMessage(Kind, to, $"Answers validated: {roundName}, {countryName}", body);
    }
}
