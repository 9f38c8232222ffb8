namespace MnrPlatform.Core.Access;

/// <summary>A scope asked for data or a change it may not have.</summary>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception with a message that says who wanted what.</summary>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public AccessDeniedException()
        : base("Access denied.")
    {
    }
}
