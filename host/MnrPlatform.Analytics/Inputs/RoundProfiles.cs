using MnrPlatform.Analytics.Peers;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Inputs;

/// <summary>A stored round turned into the inputs of clustering and peer matching.</summary>
/// <param name="Profiles">One profile per country with at least one capability value, over every catalog capability.</param>
/// <param name="Attributes">Region and income group of each profiled country, in unit-code order.</param>
/// <param name="Sources">Where each capability's values came from, in framework order.</param>
/// <param name="UnitsWithoutValues">Countries of the round with no capability value at all, left out of <see cref="Profiles"/> (ordinal order).</param>
public sealed record RoundProfiles(
    ProfileSet Profiles,
    IReadOnlyList<UnitAttributes> Attributes,
    IReadOnlyList<CapabilitySource> Sources,
    IReadOnlyList<string> UnitsWithoutValues);
