namespace MnrPlatform.Data.Resources;

/// <summary>
/// Marker of <c>Resources/PracticeMessages.resx</c> (and its .fr, .es, .ar files): the good-practice
/// library's refusals, which its pages show beside the field they name.
/// </summary>
public sealed class PracticeMessages;
