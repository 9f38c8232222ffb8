using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Hosting.Circuits;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>What the import and export page reads: the round, its instruments, every country.</summary>
/// <param name="Round">The round.</param>
/// <param name="Instruments">Its instruments.</param>
/// <param name="Countries">Every country (for a template).</param>
public sealed record RoundTransferData(RoundSummary Round, IReadOnlyList<InstrumentView> Instruments, IReadOnlyList<CountryChoice> Countries)
{
    /// <summary>Reads the page's data in a scope of its own; null when there is no such round.</summary>
    public static async Task<RoundTransferData?> LoadAsync(UserScopes scopes, string roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.Create();
        var services = scope.ServiceProvider;
        var round = (await services.GetRequiredService<RoundDirectory>().ListAsync(cancellationToken)).FirstOrDefault(r => r.Code == roundCode);
        return round is null
            ? null
            : new RoundTransferData(
                round,
                await services.GetRequiredService<SubmissionReader>().InstrumentsAsync(round.Code, cancellationToken),
                await services.GetRequiredService<CountryDirectory>().ListAsync(cancellationToken));
    }
}
