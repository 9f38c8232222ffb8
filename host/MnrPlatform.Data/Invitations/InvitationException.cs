namespace MnrPlatform.Data.Invitations;

/// <summary>An invitation that cannot be made, re-sent or revoked; the message says why and what to do.</summary>
public sealed class InvitationException(string message) : Exception(message);
