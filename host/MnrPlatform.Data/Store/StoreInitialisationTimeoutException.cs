namespace MnrPlatform.Data.Store;

/// <summary>Another instance held the store-initialisation guard for longer than this one would wait.</summary>
public sealed class StoreInitialisationTimeoutException : Exception
{
    /// <summary>Creates the exception with a message naming the guard and the wait.</summary>
    public StoreInitialisationTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public StoreInitialisationTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreInitialisationTimeoutException()
        : base("Timed out waiting for another instance's store initialisation.")
    {
    }
}
