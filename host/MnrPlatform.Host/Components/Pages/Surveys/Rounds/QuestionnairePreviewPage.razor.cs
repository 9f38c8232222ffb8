using Microsoft.AspNetCore.Components;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Pages.Surveys.Rounds;

/// <summary>
/// An instrument's questionnaire in a round, read-only as a focal point will see it: the draft's
/// questions (narrowed to the round's selection), or the frozen questionnaire once it opened.
/// </summary>
public sealed partial class QuestionnairePreviewPage
{
    private static readonly AnswerInput Empty = new(null);
    private MnrPlatform.Core.Surveys.Questionnaire? questionnaire;
    private string? problem;

    [Inject]
    private RoundQuestionnaires Questionnaires { get; set; } = null!;

    [Inject]
    private SubmissionReader Submissions { get; set; } = null!;

    [Parameter]
    public string Round { get; set; } = "";

    [Parameter]
    public string Instrument { get; set; } = "";

    private string InstrumentName { get; set; } = "";

    protected override async Task OnInitializedAsync()
    {
        InstrumentName = Instrument;
        var instruments = await Submissions.InstrumentsAsync(Round, CancellationToken.None);
        if (instruments.FirstOrDefault(i => i.Code == Instrument) is not { } instrument)
        {
            problem = L["Preview.NoInstrument", BidiText.Isolate(Round), BidiText.Isolate(Instrument)];
            return;
        }

        InstrumentName = instrument.Name;
        questionnaire = await Questionnaires.ForAsync(Round, Instrument, CancellationToken.None);
    }
}
