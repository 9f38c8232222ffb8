namespace MnrPlatform.Data.Email.Templates;

/// <summary>The invitation to be a country's focal point, with the link where the person sets a password.</summary>
public static class InvitationEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "invitation";

    /// <summary>The message to <paramref name="to"/>.</summary>
    public static EmailMessage Create(string to, string countryName, string? roundName, Uri link, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(link);
        var subject = roundName is null
            ? $"Invitation: focal point for {countryName} on MnrPlatform"
            : $"Invitation: focal point for {countryName} in {roundName}";
        var body = EmailText.Body(
            "Hello,",
            roundName is null
                ? $"The Alliance secretariat invites you to answer for {countryName} on MnrPlatform as its focal point."
                : $"The Alliance secretariat invites you to answer the {roundName} questionnaire for {countryName} as its focal point.",
            $"Follow this link to set your password and start:\n{link}",
            $"The link works once and until {EmailText.Date(expiresAt)}. If it has expired, ask the secretariat for a new one.",
            "If you did not expect this invitation, you can ignore this message.",
            EmailText.Closing);
        return new EmailMessage(Kind, to, subject, body);
    }
}
