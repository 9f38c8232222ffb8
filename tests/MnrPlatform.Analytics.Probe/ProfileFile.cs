using System.Text.Json;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Probe;

/// <summary>
/// A profile set as a JSON file, for handing profiles to a second process. Linked as source into the
/// analytics tests, which write the files this probe reads.
/// </summary>
/// <param name="Round">The round label.</param>
/// <param name="Capabilities">The framework's capabilities in order.</param>
/// <param name="Units">Each unit's code and values (null when missing).</param>
internal sealed record ProfileFile(string Round, IReadOnlyList<ProfileCapability> Capabilities, IReadOnlyList<CapabilityProfile> Units)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static ProfileFile From(ProfileSet set) => new(
        set.RoundLabel,
        set.Framework.Capabilities,
        [.. Enumerable.Range(0, set.Count).Select(u => new CapabilityProfile(
            set.UnitCodes[u], [.. Enumerable.Range(0, set.Framework.Count).Select(c => set.ValueOf(u, c))]))]);

    public static ProfileSet Read(string path) =>
        (JsonSerializer.Deserialize<ProfileFile>(File.ReadAllBytes(path), Options) ?? throw new InvalidDataException($"{path} holds no profiles.")).ToSet();

    public void Write(string path) => File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(this, Options));

    public ProfileSet ToSet() => new(Round, new CapabilityFramework(Capabilities), Units);
}
