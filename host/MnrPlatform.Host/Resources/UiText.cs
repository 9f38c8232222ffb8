namespace MnrPlatform.Host.Resources;

// Marker types of the resource files (IStringLocalizer<T> reads Resources/T.resx and T.<culture>.resx).
// English is the neutral resource; French, Spanish and Arabic sit beside it (README: "Languages").

/// <summary>The layout's words: app bar, navigation, language and user menus, footer, roles.</summary>
public sealed class LayoutText;

/// <summary>The sign-in, sign-out, access-denied and account pages.</summary>
public sealed class AccountText;

/// <summary>The overview page and its parts.</summary>
public sealed class OverviewText;

/// <summary>The error pages (not found, server error).</summary>
public sealed class ErrorText;
