using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Components.Common;

/// <summary>How roles read on pages.</summary>
public static class RoleLabel
{
    /// <summary>E.g. "Focal point · KEN", "Analyst (secretariat)".</summary>
    public static string For(string? role, string? countryIso3) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.Analyst => "Analyst (secretariat)",
        Roles.FocalPoint => countryIso3 is null ? "Focal point" : $"Focal point · {countryIso3}",
        Roles.Viewer => "Viewer",
        null => "No role",
        _ => role,
    };

    /// <summary>A role's colour on chips and avatars.</summary>
    public static MudBlazor.Color Color(string? role) => role switch
    {
        Roles.Administrator => MudBlazor.Color.Error,
        Roles.Analyst => MudBlazor.Color.Tertiary,
        Roles.FocalPoint => MudBlazor.Color.Primary,
        Roles.Viewer => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };
}
