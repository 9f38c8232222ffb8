namespace MnrPlatform.Data.Email.Templates;

/// <summary>The invitation to be a country's focal point, with the link where the person sets a password.</summary>
public static class InvitationEmail
{
    /// <summary>The outbox kind.</summary>
    public const string Kind = "invitation";

    /// <summary>The message to <paramref name="to"/> in <paramref name="language"/> (the one the secretariat chose).</summary>
    public static EmailMessage Create(string to, string language, string countryName, string? roundName, Uri link, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(link);
        var c = EmailLanguage.Culture(language);
        var subject = roundName is null
            ? EmailParts.Format(c, "Invitation.Subject", countryName)
            : EmailParts.Format(c, "Invitation.SubjectRound", countryName, roundName);
        var body = EmailParts.Body(
            c,
            roundName is null
                ? EmailParts.Format(c, "Invitation.Invite", countryName)
                : EmailParts.Format(c, "Invitation.InviteRound", countryName, roundName),
            EmailParts.WithLink(c, "Invitation.Link", link),
            EmailParts.Format(c, "Invitation.Expiry", EmailParts.Date(c, expiresAt)),
            EmailParts.Get(c, "Invitation.Unexpected"));
        return new EmailMessage(Kind, to, subject, body, Culture: c.Name);
    }
}
