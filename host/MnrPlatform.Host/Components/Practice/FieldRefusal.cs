using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>
/// A refusal shown beside the field it names (<see cref="PracticeException.Field"/>), matched whatever
/// the case ("title", "Title") and for the short names of the coded fields ("capability", "phase").
/// </summary>
public sealed class FieldRefusal
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["capability"] = "CapabilityCode",
        ["phase"] = "PhaseReached",
        ["contact"] = "ContactName",
        ["countryIso3"] = "Country",
    };

    private string? field;

    /// <summary>The message of the current refusal; null when none.</summary>
    public string? Message { get; private set; }

    /// <summary>True when the refusal names no field this form shows: the page shows it above the form.</summary>
    public bool IsGeneral(IEnumerable<string> shownFields) => Message is not null && (field is null || !shownFields.Contains(field, StringComparer.OrdinalIgnoreCase));

    /// <summary>Remembers a refusal.</summary>
    public void Set(PracticeException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Message = refusal.Message;
        field = refusal.Field is { } name ? Aliases.GetValueOrDefault(name, name) : null;
    }

    /// <summary>Forgets the refusal.</summary>
    public void Clear() => (Message, field) = (null, null);

    /// <summary>Whether the refusal names <paramref name="name"/>.</summary>
    public bool Has(string name) => Message is not null && string.Equals(field, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The message when the refusal names <paramref name="name"/>.</summary>
    public string? Of(string name) => Has(name) ? Message : null;
}
