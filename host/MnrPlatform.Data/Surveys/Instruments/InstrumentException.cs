namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>An instrument cannot be made or changed as asked; the message says what to change and names the field.</summary>
public sealed class InstrumentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InstrumentException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public InstrumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the field at fault.</summary>
    public InstrumentException(string field, string message)
        : base(message) => Field = field;

    /// <summary>Creates the exception with its message and cause.</summary>
    public InstrumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field at fault (e.g. <c>code</c>, <c>questions</c>); null when it is not one field.</summary>
    public string? Field { get; }
}
