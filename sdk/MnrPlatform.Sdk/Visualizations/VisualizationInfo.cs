using MnrPlatform.Sdk.Content;
using Plotly.NET;

namespace MnrPlatform.Sdk.Visualizations;

/// <summary>
/// Builds a visualization's figure from what the viewer may see of its indicators. The host calls it
/// through its plugin guard for each viewer and round; it must not keep state between calls.
/// </summary>
/// <param name="input">The declared indicators as the viewer may see them, and the viewer's culture.</param>
/// <returns>The figure, built with Plotly.NET (pass <c>UseDefaults: false</c> to every chart).</returns>
public delegate GenericChart VisualizationBuilder(VisualizationInput input);

/// <summary>
/// A visualization the plugin draws itself with Plotly.NET (SDK 2.0). The host computes the input,
/// calls <see cref="Build"/>, checks the figure (<see cref="FigureCheck"/>), and draws the data table
/// and its CSV from the same input, so the figure never has to carry numbers the table lacks.
/// </summary>
public sealed record VisualizationInfo
{
    /// <summary>Stable id, unique across all plugins (e.g. <c>victim.helpline-reach</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The card's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>What the figure shows and how to read it, in a sentence or two.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>The ids of the plugin's indicators the builder receives, in order; at least one.</summary>
    public required IReadOnlyList<string> IndicatorIds { get; init; }

    /// <summary>
    /// The breakdowns the builder receives besides all countries (<see cref="Breakdowns.IncomeGroup"/>
    /// gives both <c>income-group</c> and <c>income-band</c>); each indicator only by those it allows.
    /// The data table beside the figure has a column for every group received. Default: all countries only.
    /// </summary>
    public Breakdowns Breakdowns { get; init; } = Breakdowns.None;

    /// <summary>
    /// True when only the secretariat may see the visualization, as for
    /// <see cref="ChartInfo.SecretariatOnly"/>: nobody else gets the card, its table or its CSV.
    /// </summary>
    public bool SecretariatOnly { get; init; }

    /// <summary>Builds the figure; see <see cref="VisualizationBuilder"/>.</summary>
    public required VisualizationBuilder Build { get; init; }
}
