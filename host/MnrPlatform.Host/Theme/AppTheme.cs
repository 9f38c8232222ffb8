using MudBlazor;

namespace MnrPlatform.Host.Theme;

/// <summary>
/// The platform's one theme: palette, typography and layout. Components take colours from here
/// (through MudBlazor's <c>Color</c> values or the <c>--mud-palette-*</c> variables), never as literals.
/// </summary>
public static class AppTheme
{
    /// <summary>System fonts: nothing is fetched from a font CDN.</summary>
    private static readonly string[] FontFamily =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // WeProtect-like deep blue with a teal accent; text contrast checked at WCAG AA.
            Primary = "#1d4f91",
            // "Secondary" reads as quieter text and controls across the pages: a neutral grey, not a second brand colour.
            Secondary = "#4b5563",
            Tertiary = "#6d28d9",
            Info = "#0369a1",
            Success = "#166534",
            Warning = "#92400e",
            Error = "#b91c1c",
            AppbarBackground = "#ffffff",
            AppbarText = "#1f2937",
            DrawerBackground = "#ffffff",
            DrawerText = "#1f2937",
            DrawerIcon = "#4b5563",
            Background = "#f5f7fb",
            Surface = "#ffffff",
            TextPrimary = "#1f2937",
            TextSecondary = "#4b5563",
            ActionDefault = "#4b5563",
            LinesDefault = "#e5e7eb",
            TableLines = "#e5e7eb",
            Divider = "#e5e7eb",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily, FontSize = ".9375rem", LineHeight = "1.5" },
            H1 = new H1Typography { FontFamily = FontFamily, FontSize = "1.75rem", FontWeight = "600", LineHeight = "1.25" },
            H2 = new H2Typography { FontFamily = FontFamily, FontSize = "1.375rem", FontWeight = "600", LineHeight = "1.3" },
            H3 = new H3Typography { FontFamily = FontFamily, FontSize = "1.125rem", FontWeight = "600", LineHeight = "1.35" },
            H4 = new H4Typography { FontFamily = FontFamily, FontSize = "1rem", FontWeight = "600", LineHeight = "1.4" },
            H5 = new H5Typography { FontFamily = FontFamily, FontSize = ".9375rem", FontWeight = "600", LineHeight = "1.4" },
            H6 = new H6Typography { FontFamily = FontFamily, FontSize = ".875rem", FontWeight = "600", LineHeight = "1.4" },
            Button = new ButtonTypography { FontFamily = FontFamily, TextTransform = "none", FontWeight = "500" },
            Overline = new OverlineTypography { FontFamily = FontFamily, FontWeight = "600", LetterSpacing = ".06em" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            DrawerWidthLeft = "248px",
            AppbarHeight = "56px",
        },
    };
}
