namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// A translation catalog cannot be used: its JSON is invalid, its culture is unknown, or an entry's
/// placeholders differ from the English text's. The message names the file, the key and what is wrong.
/// </summary>
public sealed class InvalidTranslationCatalogException : Exception
{
    /// <summary>Creates the exception for catalog <paramref name="source"/>.</summary>
    /// <param name="source">The catalog's file or resource name, e.g. <c>Translations/fr.json</c>.</param>
    /// <param name="message">What is wrong, naming the key when one entry is at fault.</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public InvalidTranslationCatalogException(string source, string message, Exception? innerException = null)
        : base($"Translation catalog {source}: {message}", innerException)
    {
        Catalog = source;
    }

    /// <inheritdoc cref="InvalidTranslationCatalogException(string, string, Exception?)" />
    public InvalidTranslationCatalogException()
        : this("(unknown)", "invalid catalog.")
    {
    }

    /// <inheritdoc cref="InvalidTranslationCatalogException(string, string, Exception?)" />
    public InvalidTranslationCatalogException(string message)
        : this("(unknown)", message)
    {
    }

    /// <inheritdoc cref="InvalidTranslationCatalogException(string, string, Exception?)" />
    public InvalidTranslationCatalogException(string message, Exception innerException)
        : this("(unknown)", message, innerException)
    {
    }

    /// <summary>The catalog's file or resource name.</summary>
    public string Catalog { get; }
}
