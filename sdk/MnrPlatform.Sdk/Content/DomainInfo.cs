namespace MnrPlatform.Sdk.Content;

/// <summary>The MNR domain a plugin supplies.</summary>
/// <param name="Code">Stable code, lower-case letters, digits and dashes (e.g. "victim"); never reuse one for another meaning.</param>
/// <param name="Name">Display name (e.g. "Victim").</param>
/// <param name="Description">What the domain covers, in a sentence or two.</param>
/// <param name="Order">Position among the domains on pages and in reports (ascending).</param>
public sealed record DomainInfo(string Code, LocalizedText Name, LocalizedText Description, int Order);
