namespace MnrPlatform.Data.Email;

/// <summary>An e-mail to queue in the outbox.</summary>
/// <param name="Kind">What kind of message, e.g. <c>invitation</c>, <c>reminder</c>, <c>query</c>, <c>validated</c>, <c>published</c>.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body (the HTML part is made from it when the message is sent).</param>
/// <param name="DeduplicationKey">Set for a message that must go at most once (e.g. a reminder); null otherwise.</param>
/// <param name="Culture">The language it is written in (<see cref="EmailLanguage.All"/>).</param>
public sealed record EmailMessage(string Kind, string To, string Subject, string Body, string? DeduplicationKey = null, string Culture = EmailLanguage.Default);
