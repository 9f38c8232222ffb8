namespace MnrPlatform.Cli.Backup;

/// <summary>A backup or restore refused or failed, with a message that names the file and what is wrong.</summary>
internal sealed class StoreFileException : Exception
{
    public StoreFileException(string message)
        : base(message)
    {
    }

    public StoreFileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StoreFileException()
    {
    }
}
