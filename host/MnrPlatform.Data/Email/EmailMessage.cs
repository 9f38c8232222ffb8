namespace MnrPlatform.Data.Email;

/// <summary>An e-mail to queue in the outbox.</summary>
/// <param name="Kind">What kind of message, e.g. <c>invitation</c>, <c>reminder</c>, <c>query</c>, <c>validated</c>, <c>published</c>.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="DeduplicationKey">Set for a message that must go at most once (e.g. a reminder); null otherwise.</param>
public sealed record EmailMessage(string Kind, string To, string Subject, string Body, string? DeduplicationKey = null);
