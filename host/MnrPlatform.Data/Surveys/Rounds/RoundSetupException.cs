namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>A round cannot be set up as asked; the message says what to change and names the field.</summary>
public sealed class RoundSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RoundSetupException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public RoundSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the field at fault.</summary>
    public RoundSetupException(string field, string message)
        : base(message) => Field = field;

    /// <summary>Creates the exception with its message and cause.</summary>
    public RoundSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field at fault (e.g. <c>code</c>, <c>deadline</c>); null when it is not one field.</summary>
    public string? Field { get; }
}
