namespace MnrPlatform.Sdk.Content;

/// <summary>A plugin's content breaks the content rules; <see cref="Problems"/> says what to fix.</summary>
public sealed class InvalidDomainContentException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public InvalidDomainContentException(IReadOnlyList<string> problems)
        : base("The plugin's content breaks the content rules:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem.</summary>
    public InvalidDomainContentException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public InvalidDomainContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InvalidDomainContentException()
        : this("The plugin's content breaks the content rules.")
    {
    }

    /// <summary>Each problem, naming the item and how to fix it.</summary>
    public IReadOnlyList<string> Problems { get; }
}
