namespace MnrPlatform.Sdk.Content;

/// <summary>One capability of the Model National Response.</summary>
/// <param name="Code">Stable code (e.g. "child-helpline"); pages, answers and crosswalks refer to it, never to the number alone.</param>
/// <param name="MnrNumber">The capability's number in the 2016 MNR (1 to 21); a third-party capability outside the MNR uses 0.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the capability is.</param>
/// <param name="WhyItMatters">Why a country needs it.</param>
/// <param name="Phases">What each maturity phase looks like for this capability.</param>
public sealed record CapabilityInfo(
    string Code,
    int MnrNumber,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText WhyItMatters,
    MaturityDescriptors Phases);
