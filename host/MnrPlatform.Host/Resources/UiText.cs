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

/// <summary>The domain pages, the indicator catalogue, the world map, and the chart cards with their data tables.</summary>
public sealed class DomainText;

/// <summary>The countries list, the country profile and its cards.</summary>
public sealed class CountryText;

/// <summary>The Plugins page.</summary>
public sealed class PluginText;

/// <summary>The secretariat's dashboard.</summary>
public sealed class SecretariatText;

/// <summary>A country's questionnaire (focal point and secretariat review) and its preview.</summary>
public sealed class QuestionnaireText;

/// <summary>Survey rounds, instruments, submissions, import and transfer.</summary>
public sealed class SurveyText;

/// <summary>Administration: users, audit, outbox; access tokens.</summary>
public sealed class AdminText;

/// <summary>A focal point's invitation, as the secretariat sends it and as the invited person opens it.</summary>
public sealed class InvitationText;

/// <summary>Peer learning: clusters, suggestions, runs and exchange requests.</summary>
public sealed class PeerLearningText;

/// <summary>The good-practice library: examples, the worklist, curation.</summary>
public sealed class PracticeText;

/// <summary>The Reports page.</summary>
public sealed class ReportsPageText;
