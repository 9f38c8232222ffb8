using System.Globalization;

namespace MnrPlatform.Host.Hosting.Localization;

/// <summary>
/// Numbers, shares and times as a page shows them, in the request's culture ("76 %" in French,
/// "7 déc. 2026"). Downloads, codes, CSV, JSON and the API format invariantly and do not use this.
/// </summary>
public static class ShownFormat
{
    /// <summary>A share given in per cent (0–100), rounded to whole per cent: "76%", "76 %", "‎76‎%".</summary>
    public static string Percent(decimal percent) =>
        (Math.Round(percent, MidpointRounding.AwayFromZero) / 100m).ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>A count or measure with the culture's group separator: "1,234", "1 234".</summary>
    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>A day: "7 Dec 2026", "7 déc. 2026", "7 dic 2026", "07 ديسمبر 2026" (Gregorian everywhere).</summary>
    public static string Date(DateTimeOffset when) => Date(when.UtcDateTime);

    /// <summary>A day: see <see cref="Date(DateTimeOffset)"/>.</summary>
    public static string Date(DateTime when) => when.ToString("d MMM yyyy", Culture);

    /// <summary>A moment in UTC: "7 Dec 2026, 09:30 UTC"; in Arabic "7 ديسمبر 2026، 09:30 UTC" with the time kept left to right.</summary>
    public static string Moment(DateTimeOffset when)
    {
        var culture = Culture;
        var time = when.UtcDateTime.ToString("HH:mm", culture) + " UTC";
        return culture.TextInfo.IsRightToLeft
            ? $"{Date(when)}، ⁦{time}⁩"
            : $"{Date(when)}, {time}";
    }

    // The request's culture with the Gregorian calendar, so a date reads the same year in every language.
    private static CultureInfo Culture
    {
        get
        {
            var current = CultureInfo.CurrentCulture;
            if (current.Calendar is GregorianCalendar)
            {
                return current;
            }

            var gregorian = (CultureInfo)current.Clone();
            gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
            return gregorian;
        }
    }
}
