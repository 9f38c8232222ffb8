using System.Globalization;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// Reference data could not be read. <see cref="Problems"/> lists every problem found, not just
/// the first; the message lists them one a line as <c>file, row N, column 'x': reason</c>.
/// </summary>
public sealed class ReferenceDataException : Exception
{
    /// <summary>Creates the exception for the problems found; the message lists each of them.</summary>
    public ReferenceDataException(IReadOnlyList<ReferenceDataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message and no listed problems.</summary>
    public ReferenceDataException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message, the error that caused it and no listed problems.</summary>
    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a generic message and no listed problems.</summary>
    public ReferenceDataException()
        : base("The reference data is not valid.")
    {
        Problems = [];
    }

    /// <summary>Every problem found, in file and row order.</summary>
    public IReadOnlyList<ReferenceDataProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ReferenceDataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var heading = problems.Count == 1
            ? "The reference data has 1 problem:"
            : string.Create(CultureInfo.InvariantCulture, $"The reference data has {problems.Count} problems:");
        return string.Join(Environment.NewLine, [heading, .. problems.Select(p => p.ToString())]);
    }
}
