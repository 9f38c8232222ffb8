using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;

namespace MnrPlatform.Host.Components.Pages.Account.Tokens;

public sealed partial class CreateTokenCard
{
    private string? name;
    private DateTime? expires = DateTime.Today.Add(AccessTokens.DefaultLifetime);
    private string? secret;
    private string? error;
    private string? errorField;
    private bool busy;
    private bool copied;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private IJSRuntime Js { get; set; } = null!;

    /// <summary>Called once a token is made (the list reloads).</summary>
    [Parameter]
    public EventCallback OnCreated { get; set; }

    private async Task CreateAsync()
    {
        busy = true;
        (error, errorField, copied) = (null, null, false);
        try
        {
            await using var scope = Scopes.Create();
            var actor = scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal;
            // The chosen day to its end, in UTC: a token "expiring on" a day works through that day.
            DateTimeOffset? until = expires is { } day ? new DateTimeOffset(day.Date.AddDays(1).AddSeconds(-1), TimeSpan.Zero) : null;
            var made = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(actor, name, until, CancellationToken.None);
            secret = made.Secret;
            name = null;
            await OnCreated.InvokeAsync();
        }
        catch (AccessTokenException e)
        {
            (error, errorField) = (Explain(e.Field), e.Field);
        }
        finally
        {
            busy = false;
        }
    }

    // The service's messages are the API's (English); the page says the same in its language.
    private string Explain(string? field) => field switch
    {
        "name" when string.IsNullOrWhiteSpace(name) => L["Tokens.NameRequired"],
        "name" => L["Tokens.NameTooLong", AccessTokens.MaxNameLength],
        _ when expires is { } day && day.Date < DateTime.UtcNow.Date => L["Tokens.ExpiryPast"],
        _ => L["Tokens.ExpiryTooLate", ShownFormat.Date(DateTime.UtcNow.Date.Add(AccessTokens.MaxLifetime))],
    };

    private async Task CopyAsync()
    {
        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", secret);
            copied = true;
        }
        catch (JSException)
        {
            // Clipboard access needs a secure context; the field stays there to copy by hand.
            error = L["Tokens.CopyRefused"];
        }
    }
}
