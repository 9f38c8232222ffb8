using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Host.Components.Surveys;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Surveys.Rounds;

/// <summary>
/// The secretariat creates a round as a draft: code, name, year, classification year, instruments,
/// invited countries (by region, income group, list, or an earlier round's) and a deadline.
/// <see cref="RoundSetup"/> checks every field; its refusal is shown beside the field it names.
/// </summary>
public sealed partial class NewRoundPage
{
    private readonly NewRoundForm form = new();
    private RoundSetupChoices? choices;
    private RoundSetupException? refusal;
    private int? countryCount;
    private bool saving;

    private AccessScope Scope => User.Scope;

    protected override async Task OnInitializedAsync()
    {
        await using var scope = Scopes.Create();
        choices = await scope.ServiceProvider.GetRequiredService<RoundSetupChoicesReader>().ReadAsync(CancellationToken.None);
        form.ClassificationYear = choices.ClassificationYears.Count > 0 ? choices.ClassificationYears[0] : 0;
        form.Year = DateTime.UtcNow.Year;
    }

    private bool HasError(string field) => refusal?.Field == field;

    private string? ErrorOf(string field) => HasError(field) ? refusal!.Message : null;

    private void Toggle(string instrument, bool on)
    {
        if (on)
        {
            form.Instruments.Add(instrument);
        }
        else
        {
            form.Instruments.Remove(instrument);
        }
    }

    private async Task CountriesChangedAsync(CountrySelection selection)
    {
        form.Countries = selection;
        try
        {
            await using var scope = Scopes.Create();
            countryCount = (await scope.ServiceProvider.GetRequiredService<CountrySelector>().ResolveAsync(selection, form.ClassificationYear, CancellationToken.None)).Count;
            refusal = refusal?.Field == CountrySelector.Field ? null : refusal;
        }
        catch (RoundSetupException wrong)
        {
            countryCount = null;
            refusal = wrong;
        }
    }

    private async Task CreateAsync()
    {
        saving = true;
        try
        {
            await using var scope = Scopes.Create();
            var code = await scope.ServiceProvider.GetRequiredService<RoundSetup>().CreateAsync(Scope, form.ToDefinition(), CancellationToken.None);
            Snackbar.Add(L["NewRound.Created", MnrPlatform.Host.Hosting.Localization.BidiText.Isolate(code)], Severity.Success);
            Navigation.NavigateTo(SurveyPaths.Round(code));
        }
        catch (RoundSetupException wrong)
        {
            refusal = wrong;
            Snackbar.Add(wrong.Message, Severity.Error);
        }
        catch (AccessDeniedException denied)
        {
            Snackbar.Add(denied.Message, Severity.Error);
        }
        finally
        {
            saving = false;
        }
    }

    /// <summary>The form's state.</summary>
    private sealed class NewRoundForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public int Year { get; set; }

        public int ClassificationYear { get; set; }

        public DateTime? Deadline { get; set; }

        public string? CarryForward { get; set; }

        public HashSet<string> Instruments { get; } = new(StringComparer.Ordinal);

        public CountrySelection Countries { get; set; } = CountrySelection.None;

        public RoundDefinition ToDefinition() => new(Code ?? "", Name ?? "", Year, [.. Instruments.Order(StringComparer.Ordinal)])
        {
            IncomeClassificationYear = ClassificationYear == 0 ? null : ClassificationYear,
            Countries = Countries,
            Deadline = Deadline is { } day ? new DateTimeOffset(DateTime.SpecifyKind(day.Date.AddDays(1).AddSeconds(-1), DateTimeKind.Utc)) : null,
            CarryForwardFrom = CarryForward,
        };
    }
}
