using System.Globalization;
using MnrPlatform.Core.Catalog;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>An instrument's name as a string (a label, a sentence) in the page's language; <see cref="InstrumentName"/> in markup.</summary>
internal static class InstrumentNames
{
    /// <summary>The plugin's name of <paramref name="code"/> in the current UI culture; <paramref name="stored"/> for an instrument the secretariat made.</summary>
    public static string For(FrameworkCatalog catalog, string code, string stored) =>
        catalog.Instruments.FirstOrDefault(i => i.Code == code)?.Info.Name.For(CultureInfo.CurrentUICulture) ?? stored;

    /// <summary>Who answers <paramref name="code"/>, in the current UI culture; <paramref name="stored"/> for an instrument the secretariat made.</summary>
    public static string RespondentFor(FrameworkCatalog catalog, string code, string? stored) =>
        catalog.Instruments.FirstOrDefault(i => i.Code == code)?.Info.RespondentType.For(CultureInfo.CurrentUICulture) ?? stored ?? "";
}
