namespace MnrPlatform.Sdk.Testing;

/// <summary>A plugin does not conform; the message lists every problem and how to fix it.</summary>
public sealed class PluginConformanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PluginConformanceException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public PluginConformanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public PluginConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
