namespace MnrPlatform.Data.Resources;

/// <summary>
/// Marker of the e-mails' words (<c>Resources/EmailText.resx</c>, English, with <c>.fr</c>, <c>.es</c> and
/// <c>.ar</c> beside it), read through <c>ResourceText</c> in the recipient's language, not the request's.
/// </summary>
public sealed class EmailText;
