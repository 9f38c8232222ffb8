namespace MnrPlatform.Analytics.Profiles;

/// <summary>Metadata of one capability: its stable code, display name and the code of its domain.</summary>
/// <param name="Code">Stable capability code, e.g. "LEADERSHIP".</param>
/// <param name="Name">Display name used in explanations, e.g. "Child helpline".</param>
/// <param name="DomainCode">Code of the domain the capability belongs to.</param>
/// <param name="Scale">How values of this capability were answered.</param>
public sealed record ProfileCapability(string Code, string Name, string DomainCode, CapabilityScale Scale = CapabilityScale.Phases);
