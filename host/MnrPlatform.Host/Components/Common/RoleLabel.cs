using Microsoft.Extensions.Localization;
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

    /// <summary>As <see cref="For(string?, string?)"/>, in the request's language (keys "Role.*" of the layout's words).</summary>
    public static string For(string? role, string? countryIso3, IStringLocalizer<Resources.LayoutText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return role switch
        {
            Roles.Administrator => words["Role.Administrator"],
            Roles.Analyst => words["Role.Analyst"],
            Roles.FocalPoint => countryIso3 is null ? words["Role.FocalPoint"] : words["Role.FocalPointOf", countryIso3],
            Roles.Viewer => words["Role.Viewer"],
            null => words["Role.None"],
            _ => role,
        };
    }

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
