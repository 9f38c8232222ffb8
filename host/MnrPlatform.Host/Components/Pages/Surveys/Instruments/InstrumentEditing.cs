using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Host.Components.Pages.Surveys.Instruments;

/// <summary>The instrument the form makes or whose questions it changes, as the form edits it.</summary>
public sealed class InstrumentEditing
{
    private InstrumentEditing(bool isNew) => IsNew = isNew;

    /// <summary>True when the form makes a new instrument; false when it changes the questions of one.</summary>
    public bool IsNew { get; }

    /// <summary>The code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Who answers it.</summary>
    public string RespondentType { get; set; } = "";

    /// <summary>The picked questions, in the order picked.</summary>
    public List<string> QuestionIds { get; } = [];

    /// <summary>An empty new instrument.</summary>
    public static InstrumentEditing New() => new(isNew: true);

    /// <summary>An instrument the secretariat made, with its questions.</summary>
    public static InstrumentEditing Of(InstrumentSummary instrument, IEnumerable<string> questionIds)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var editing = new InstrumentEditing(isNew: false) { Code = instrument.Code, Name = instrument.Name, RespondentType = instrument.RespondentType };
        editing.QuestionIds.AddRange(questionIds);
        return editing;
    }
}
