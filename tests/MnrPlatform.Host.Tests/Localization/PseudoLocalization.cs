using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// A pseudo-language for tests: under the culture <see cref="Culture"/> every string the platform
/// takes from its resources comes out as <c>[!! English !!]</c>, so any English text on a page that
/// lacks the marks skipped the localizer. Strings whose key is missing are left unmarked (they show up too).
/// </summary>
internal static class PseudoLocalization
{
    /// <summary>The pseudo-culture's name (Windows' pseudo-locale for long strings).</summary>
    public const string Culture = "qps-Ploc";

    public const string Open = "[!!";
    public const string Close = "!!]";

    public static bool IsActive => CultureInfo.CurrentUICulture.Name == Culture;

    public static string Mark(string text) => $"{Open} {text} {Close}";
}

/// <summary>Wraps the platform's resource localizers; under <see cref="PseudoLocalization.Culture"/> it marks their strings.</summary>
internal sealed class PseudoLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory inner = new(options, loggers);

    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(inner.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(inner.Create(baseName, location));

    private sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Marked(inner[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var marked = Marked(inner[name]);
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, marked.Value, arguments), marked.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Marked);

        private static LocalizedString Marked(LocalizedString found) =>
            PseudoLocalization.IsActive && !found.ResourceNotFound
                ? new LocalizedString(found.Name, PseudoLocalization.Mark(found.Value), false, found.SearchedLocation)
                : found;
    }
}
