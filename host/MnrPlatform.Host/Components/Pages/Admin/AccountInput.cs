using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>
/// The role and country fields of the administration forms. Validated in code rather than with attributes so
/// each message is in the page's language (the form's validation context carries the page's services).
/// </summary>
public class RoleInput : IValidatableObject
{
    /// <summary>One of <see cref="Roles.All"/>.</summary>
    public string Role { get; set; } = Roles.Viewer;

    /// <summary>A focal point's country (ISO 3166-1 alpha-3).</summary>
    public string? Country { get; set; }

    /// <summary>The country to store: a focal point's normalized code (null when not a valid code); null for other roles.</summary>
    public string? CountryIso3 => Roles.IsCountryBound(Role) ? CountryCode.Normalize(Country) : null;

    /// <inheritdoc />
    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var words = Words(validationContext);
        if (string.IsNullOrWhiteSpace(Role))
        {
            yield return new ValidationResult(words["Validation.ChooseRole"], [nameof(Role)]);
        }
        else if (Roles.IsCountryBound(Role) && CountryIso3 is null)
        {
            yield return new ValidationResult(words["Validation.Country"], [nameof(Country)]);
        }
    }

    /// <summary>The administration words, from the form's services.</summary>
    internal static IStringLocalizer<AdminText> Words(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return (IStringLocalizer<AdminText>?)validationContext.GetService(typeof(IStringLocalizer<AdminText>))
            ?? throw new InvalidOperationException("The form's validation context has no IStringLocalizer<AdminText>.");
    }
}

/// <summary>The add-user form.</summary>
public sealed class NewUserInput : RoleInput
{
    /// <summary>E-mail address, also the user name.</summary>
    public string Email { get; set; } = "";

    /// <summary>The first password, which the administrator passes on.</summary>
    public string Password { get; set; } = "";

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var words = Words(validationContext);
        if (string.IsNullOrWhiteSpace(Email) || !new EmailAddressAttribute().IsValid(Email))
        {
            yield return new ValidationResult(words["Validation.Email"], [nameof(Email)]);
        }

        if (string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(words["Validation.FirstPassword"], [nameof(Password)]);
        }

        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }
    }
}

/// <summary>The password reset form.</summary>
public sealed class ResetPasswordInput : IValidatableObject
{
    /// <summary>The new password.</summary>
    public string Password { get; set; } = "";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(RoleInput.Words(validationContext)["Validation.NewPassword"], [nameof(Password)]);
        }
    }
}
