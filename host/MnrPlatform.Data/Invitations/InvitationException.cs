namespace MnrPlatform.Data.Invitations;

/// <summary>
/// An invitation that cannot be made, re-sent or revoked; the message says why and what to do (in English, as the
/// API says it), <see cref="Code"/> and <see cref="Arguments"/> the same for pages that say it in their language.
/// </summary>
public sealed class InvitationException : Exception
{
    /// <summary>A refusal without a code of its own (<see cref="Code"/> is "Other").</summary>
    public InvitationException(string message)
        : this("Other", message)
    {
    }

    /// <summary>A refusal of kind <paramref name="code"/> naming <paramref name="arguments"/> (addresses, codes, names).</summary>
    public InvitationException(string code, string message, params string[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>What kind of refusal, e.g. <c>NotAnEmail</c>, <c>CountryNotInvited</c>.</summary>
    public string Code { get; }

    /// <summary>What the message names, in order.</summary>
    public IReadOnlyList<string> Arguments { get; }
}
