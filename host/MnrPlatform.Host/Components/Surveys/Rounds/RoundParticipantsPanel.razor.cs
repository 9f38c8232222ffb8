using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys.Rounds;

/// <summary>The invited countries of an open or closed round with late ones marked; the secretariat writer extends deadlines.</summary>
public sealed partial class RoundParticipantsPanel
{
    private const string AllCountries = "";
    private IReadOnlyList<RoundParticipantView> participants = [];
    private DateTime? extendTo;
    private string extendFor = AllCountries;

    /// <summary>The round.</summary>
    [Parameter, EditorRequired]
    public string RoundCode { get; set; } = "";

    /// <summary>Its instruments (for their names).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<InstrumentView> Instruments { get; set; } = [];

    /// <summary>The round's own deadline.</summary>
    [Parameter]
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>True when deadlines may be extended (an open round, a secretariat writer).</summary>
    [Parameter]
    public bool CanExtend { get; set; }

    private AccessScope Scope => User.Scope;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private string Day(DateTimeOffset? at) => at is { } day ? ShownFormat.Date(day) : L["Participants.NoDeadline"];

    private string StoredName(string code) => Instruments.FirstOrDefault(i => i.Code == code)?.Name ?? code;

    private async Task ReloadAsync()
    {
        await using var scope = Scopes.Create();
        participants = await scope.ServiceProvider.GetRequiredService<RoundSetup>().ParticipantsAsync(Scope, RoundCode, CancellationToken.None);
    }

    private async Task ExtendAsync()
    {
        try
        {
            var due = RoundDeadlines.EndOfDay(extendTo!.Value);
            await using (var scope = Scopes.Create())
            {
                await scope.ServiceProvider.GetRequiredService<RoundSetup>().SetDeadlineAsync(Scope, RoundCode, due, extendFor == AllCountries ? null : extendFor, CancellationToken.None);
            }

            if (extendFor == AllCountries)
            {
                Deadline = due;
            }

            Snackbar.Add(extendFor == AllCountries ? L["Participants.Extended", Day(due)] : L["Participants.ExtendedFor", Day(due), BidiText.Isolate(extendFor)], Severity.Success);
            await ReloadAsync();
        }
        catch (Exception refused) when (refused is RoundSetupException or AccessDeniedException or KeyNotFoundException)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }
    }
}
