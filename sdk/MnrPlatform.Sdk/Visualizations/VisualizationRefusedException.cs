namespace MnrPlatform.Sdk.Visualizations;

/// <summary>A visualization's figure broke a rule of <see cref="FigureCheck"/>; the message lists every problem, one per line.</summary>
public sealed class VisualizationRefusedException : Exception
{
    /// <summary>Creates the exception for <paramref name="visualizationId"/> and its problems.</summary>
    public VisualizationRefusedException(string visualizationId, IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems ?? []))
    {
        VisualizationId = visualizationId;
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public VisualizationRefusedException()
        : this("The visualization's figure was refused.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public VisualizationRefusedException(string message)
        : base(message)
    {
        VisualizationId = "";
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public VisualizationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        VisualizationId = "";
        Problems = [message];
    }

    /// <summary>The visualization refused.</summary>
    public string VisualizationId { get; }

    /// <summary>Every problem, each naming the visualization and what was wrong.</summary>
    public IReadOnlyList<string> Problems { get; }
}
