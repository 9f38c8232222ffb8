using System.Text.RegularExpressions;
using MimeKit;

namespace MnrPlatform.Host.Tests.Journeys;

/// <summary>An e-mail as the SMTP test server saved it, read with MimeKit (so a wrapped, encoded line reads whole).</summary>
internal sealed partial record InvitationMail(string To, string Subject, string Body)
{
    public static InvitationMail Parse(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        var message = MimeMessage.Load(stream);
        return new InvitationMail(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", message.TextBody ?? "");
    }

    /// <summary>The invitation link in the body; fails when there is none.</summary>
    public Uri Link
    {
        get
        {
            var match = LinkPattern().Match(Body);
            Assert.True(match.Success, $"no invitation link in the e-mail to {To}: {Body}");
            return new Uri(match.Value);
        }
    }

    [GeneratedRegex(@"https?://\S+/invitation/[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
