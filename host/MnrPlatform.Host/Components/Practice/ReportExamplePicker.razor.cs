using System.Globalization;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Reports;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Web;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>A round the picker offers: its code, name and whether it is published (only then has it a public report).</summary>
/// <param name="Code">The round's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Published">Whether it is published.</param>
public sealed record ReportPickerRound(string Code, string Name, bool Published);

/// <summary>The secretariat's choice of examples for a review report (see the markup); the candidates come from <see cref="ReportExamples"/>.</summary>
public sealed partial class ReportExamplePicker
{
    private static readonly (ReportFormat Format, string Label)[] Formats =
        [(ReportFormat.Html, "HTML"), (ReportFormat.Pdf, "PDF"), (ReportFormat.Markdown, "Markdown")];

    private string? round;
    private ReportAudience audience;
    private IReadOnlyList<ExampleSummary>? candidates;
    private IReadOnlyCollection<int> chosen = [];

    /// <summary>The rounds the secretariat may report on, newest first.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<ReportPickerRound> Rounds { get; set; }

    [Inject]
    private UserScopes Scopes { get; set; } = default!;

    private bool Published => Rounds.FirstOrDefault(r => r.Code == round)?.Published == true;

    private string ExamplesValue => string.Join(',', chosen.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    // The ids offered, separated by spaces (for tests: [data-candidates~='12']).
    private string CandidatesValue => string.Join(' ', (candidates ?? []).Select(c => c.Id.ToString(CultureInfo.InvariantCulture)));

    private string Helper => candidates switch
    {
        null => L["Picker.Reading"],
        { Count: 0 } => audience == ReportAudience.Public ? L["Picker.NonePublic"] : L["Picker.NoneMembers"],
        _ => L["Picker.Each"],
    };

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        round = Rounds.FirstOrDefault(r => r.Published)?.Code ?? (Rounds.Count > 0 ? Rounds[0].Code : null);
        audience = Published ? ReportAudience.Public : ReportAudience.Secretariat;
        await LoadAsync();
    }

    private async Task RoundChangedAsync(string value)
    {
        round = value;
        if (!Published && audience == ReportAudience.Public)
        {
            await AudienceChangedAsync(ReportAudience.Secretariat);
        }
    }

    private async Task AudienceChangedAsync(ReportAudience value)
    {
        audience = value;
        await LoadAsync();
    }

    // The examples the audience's report may carry; a choice the new audience may not carry is dropped.
    private async Task LoadAsync()
    {
        candidates = null;
        await using var scope = Scopes.Create();
        var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
        candidates = access.IsSecretariat
            ? await scope.ServiceProvider.GetRequiredService<ReportExamples>().CandidatesAsync(access, audience, CancellationToken.None)
            : [];
        var offered = candidates.Select(c => c.Id).ToHashSet();
        chosen = [.. chosen.Where(offered.Contains)];
    }

    private string Address(ReportFormat format)
    {
        var address = ReportDownloadEndpoints.Address(round ?? "", format, audience);
        return chosen.Count > 0 ? $"{address}&examples={ExamplesValue}" : address;
    }

    private string Title(int id) => candidates?.FirstOrDefault(c => c.Id == id)?.Title ?? id.ToString(CultureInfo.InvariantCulture);

    private string ChosenText(IReadOnlyList<string>? titles) => (titles?.Count ?? chosen.Count) switch
    {
        0 => L["Picker.NoExamples"],
        1 => L["Library.CountOne"],
        var n => L["Library.CountMany", ShownFormat.Number(n)],
    };

    private string AudienceName(ReportAudience value) => value == ReportAudience.Public ? L["Picker.Public"] : L["Picker.Secretariat"];
}
