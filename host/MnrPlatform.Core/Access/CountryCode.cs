namespace MnrPlatform.Core.Access;

/// <summary>
/// An ISO 3166-1 alpha-3 country code (e.g. <c>KEN</c>). Until the countries reference table exists
/// only the form is checked: three upper-case ASCII letters.
/// </summary>
public static class CountryCode
{
    /// <summary>True for three upper-case ASCII letters.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>Trims and upper-cases what a person typed; null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        var code = input?.Trim().ToUpperInvariant();
        return IsValid(code) ? code : null;
    }
}
