namespace MnrPlatform.Data.Resources;

/// <summary>
/// Marker of <c>Resources/TemplateText.resx</c> (and its French, Spanish and Arabic files): the words of
/// a country's XLSX template, its labels, headers and instruction sheet, in the language it is written in.
/// </summary>
public sealed class TemplateText;
