using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Surveys;
using MudBlazor;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>A round step asks first, saying what it means, and goes ahead only when confirmed.</summary>
public sealed class ConfirmRoundStepDialogTests : MudComponentTest
{
    private static readonly RoundStepRequest Close = new(new RoundSummary("2026-self-assessment", "2026 self-assessment", 2026, RoundStatus.Open, null), RoundStatus.Closed);

    [Fact]
    public async Task The_dialog_says_what_the_step_means_and_confirming_goes_ahead()
    {
        var providers = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var asked = providers.InvokeAsync(() => dialogs.ConfirmRoundStepAsync(Close));
        providers.WaitForAssertion(() => Assert.NotEmpty(providers.FindAll("[data-testid=step-meaning]")));

        Assert.Equal("Closing stops focal points from changing or submitting answers; the secretariat goes on reviewing them.", providers.Find("[data-testid=step-meaning]").TextContent.Trim());
        Assert.Contains("Close 2026 self-assessment?", providers.Markup, StringComparison.Ordinal);
        await providers.Find("[data-testid=confirm-closed]").ClickAsync(new());
        Assert.True(await asked);
    }

    [Fact]
    public async Task Cancelling_does_nothing()
    {
        var providers = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var asked = providers.InvokeAsync(() => dialogs.ConfirmRoundStepAsync(Close));
        providers.WaitForAssertion(() => Assert.NotEmpty(providers.FindAll("[data-testid=cancel-step]")));
        await providers.Find("[data-testid=cancel-step]").ClickAsync(new());

        Assert.False(await asked);
        providers.WaitForAssertion(() => Assert.Empty(providers.FindAll("[data-testid=step-meaning]")));
    }
}
