using System.ComponentModel.DataAnnotations;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>The role and country fields of the administration forms.</summary>
public class RoleInput : IValidatableObject
{
    /// <summary>One of <see cref="Roles.All"/>.</summary>
    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = Roles.Viewer;

    /// <summary>A focal point's country (ISO 3166-1 alpha-3).</summary>
    public string? Country { get; set; }

    /// <summary>The country to store: a focal point's normalized code (null when not a valid code); null for other roles.</summary>
    public string? CountryIso3 => Roles.IsCountryBound(Role) ? CountryCode.Normalize(Country) : null;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Roles.IsCountryBound(Role) && CountryIso3 is null)
        {
            yield return new ValidationResult("A focal point needs a country: its three-letter ISO code, e.g. KEN.", [nameof(Country)]);
        }
    }
}

/// <summary>The add-user form.</summary>
public sealed class NewUserInput : RoleInput
{
    /// <summary>E-mail address, also the user name.</summary>
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address.")]
    public string Email { get; set; } = "";

    /// <summary>The first password, which the administrator passes on.</summary>
    [Required(ErrorMessage = "Enter a first password.")]
    public string Password { get; set; } = "";
}

/// <summary>The password reset form.</summary>
public sealed class ResetPasswordInput
{
    /// <summary>The new password.</summary>
    [Required(ErrorMessage = "Enter a new password.")]
    public string Password { get; set; } = "";
}
