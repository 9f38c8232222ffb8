using System.Security.Cryptography;
using System.Text.Json;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// A fingerprint of what a run is computed from: the profiles (units, capabilities, values) and the
/// options that change the result (not <see cref="ClusterRunOptions.PreviousClusters"/>). A stored
/// run whose hash differs from today's inputs is stale.
/// </summary>
/// <remarks>
/// The hashed text is compact JSON: a format tag, the round label, the capabilities in framework
/// order (code and domain, which set the weights; names and scales only change how values read), the
/// units in code order (the <see cref="ProfileSet"/>'s canonical order) with their values (null when
/// missing; doubles in shortest round-trip form, so any change of a value changes the hash), and the
/// seed with every recorded option. The engine version is left out: it is recorded on the run.
/// </remarks>
public static class RunInputsHash
{
    private const string Format = "mnr-cluster-run-inputs/1";

    /// <summary>The lowercase hex SHA-256 of the canonical inputs.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The options.</param>
    public static string Of(ProfileSet profiles, ClusterRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(options);
        return Convert.ToHexStringLower(SHA256.HashData(Canonical(profiles, options)));
    }

    /// <summary>The bytes that are hashed.</summary>
    internal static byte[] Canonical(ProfileSet profiles, ClusterRunOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("round", profiles.RoundLabel);
            json.WriteStartArray("capabilities");
            foreach (var capability in profiles.Framework.Capabilities)
            {
                json.WriteStartArray();
                json.WriteStringValue(capability.Code);
                json.WriteStringValue(capability.DomainCode);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            for (var u = 0; u < profiles.Count; u++)
            {
                json.WriteStartArray();
                json.WriteStringValue(profiles.UnitCodes[u]);
                for (var c = 0; c < profiles.Framework.Count; c++)
                {
                    WriteValue(json, profiles.ValueOf(u, c));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteNumber("seed", options.Seed);
            json.WritePropertyName("options");
            JsonSerializer.Serialize(json, RecordedOptions.From(options));
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(v == 0 ? 0.0 : v); // -0 and 0 are the same answer
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
