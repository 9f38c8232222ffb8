namespace MnrPlatform.Data.Store;

/// <summary>The <c>Store</c> configuration cannot be used; the message names the setting to fix.</summary>
public sealed class StoreConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that names the setting to fix.</summary>
    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreConfigurationException()
        : base("The Store configuration is not valid.")
    {
    }
}
