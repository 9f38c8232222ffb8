using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// The questionnaire of an instrument in a round: the frozen snapshot once the round has opened,
/// otherwise the instrument's questions from the active plugins (narrowed to the round's selection).
/// Every reader and writer of answers asks here rather than building a questionnaire from the catalog.
/// </summary>
public sealed class RoundQuestionnaires
{
    /// <summary>The questionnaire of <paramref name="instrumentCode"/> in round <paramref name="roundCode"/>.</summary>
    public Task<Questionnaire> ForAsync(string roundCode, string instrumentCode, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>
    /// Freezes the questionnaire of each of <paramref name="round"/>'s instruments (its instruments
    /// loaded and tracked) into <see cref="RoundInstrument.Questionnaire"/>; the caller saves.
    /// </summary>
    public Task FreezeAsync(SurveyRound round, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
