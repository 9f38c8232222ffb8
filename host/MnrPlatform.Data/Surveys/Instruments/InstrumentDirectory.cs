using MnrPlatform.Core.Surveys;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// The instruments in the store: those the plugins declare (synced at start-up) and those the
/// secretariat made by picking questions from the catalogue.
/// </summary>
public sealed class InstrumentDirectory
{
    /// <summary>Every instrument with its question count, by name.</summary>
    public Task<IReadOnlyList<InstrumentSummary>> ListAsync(CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>
    /// The questionnaire of <paramref name="instrumentCode"/> as a focal point would see it with the
    /// active plugins, narrowed to <paramref name="selection"/> (question ids) when it is not null.
    /// </summary>
    public Task<Questionnaire> PreviewAsync(string instrumentCode, IReadOnlyList<string>? selection, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
