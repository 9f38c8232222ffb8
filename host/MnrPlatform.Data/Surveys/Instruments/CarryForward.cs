using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// Pre-fills a round's questionnaires with the answers its countries gave in
/// <see cref="SurveyRound.CarryForwardFrom"/>, marked carried forward until confirmed.
/// </summary>
public sealed class CarryForward
{
    /// <summary>
    /// Adds draft submissions with carried-forward answers for <paramref name="round"/>'s
    /// participants (round tracked, its questionnaires frozen); returns how many answers were
    /// carried. The caller saves.
    /// </summary>
    public Task<int> ApplyAsync(SurveyRound round, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
