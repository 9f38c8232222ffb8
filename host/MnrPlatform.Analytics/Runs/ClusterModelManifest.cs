using System.Globalization;
using System.Text.Json;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The reading instructions stored beside the ML.NET model in a <see cref="ClusterModel"/> file:
/// the capabilities in the order of the model's features, each with the mean that replaces a missing
/// value and the factor it is scaled by, and the run cluster of each ML.NET label.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The manifest version, <see cref="CurrentVersion"/>.</param>
/// <param name="Engine">The engine that trained the model, as runs record it.</param>
/// <param name="Capabilities">The model's features, in order.</param>
/// <param name="ClusterOfLabel">For ML.NET label 1..k (index 0..k−1), the run's cluster.</param>
internal sealed record ClusterModelManifest(
    string Format, int Version, string Engine, IReadOnlyList<ModelCapability> Capabilities, IReadOnlyList<int> ClusterOfLabel)
{
    public const string FormatName = "mnr-cluster-model";

    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads and checks a manifest; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static ClusterModelManifest Read(byte[] json)
    {
        ClusterModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ClusterModelManifest>(json, Options);
        }
        catch (JsonException error)
        {
            throw Invalid($"is not a cluster model manifest ({error.Message})");
        }

        if (manifest is null)
        {
            throw Invalid($"is empty (null)");
        }

        manifest.Check();
        return manifest;
    }

    private void Check()
    {
        if (Format != FormatName)
        {
            throw Invalid($"has format '{Format}', not '{FormatName}'");
        }

        if (Version != CurrentVersion)
        {
            throw Invalid($"has version {Version}; this build reads version {CurrentVersion}");
        }

        if (Capabilities.Count == 0)
        {
            throw Invalid($"lists no capabilities");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Capabilities.Count; i++)
        {
            var capability = Capabilities[i] ?? throw Invalid($"has no capability at position {i}");
            if (string.IsNullOrWhiteSpace(capability.Code) || !seen.Add(capability.Code))
            {
                throw Invalid($"capability {i} has an empty or repeated code '{capability.Code}'");
            }

            if (!(capability.Mean is >= 0.0 and <= 1.0) || !(double.IsFinite(capability.Scale) && capability.Scale > 0))
            {
                throw Invalid($"capability '{capability.Code}' has mean {capability.Mean} (0..1 expected) and scale {capability.Scale} (above 0 expected)");
            }
        }

        if (ClusterOfLabel.Count == 0 || !ClusterOfLabel.Order().SequenceEqual(Enumerable.Range(0, ClusterOfLabel.Count)))
        {
            throw Invalid($"maps labels to clusters [{string.Join(", ", ClusterOfLabel)}], not to each of 0..k−1 once");
        }
    }

    private static InvalidDataException Invalid(FormattableString problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The cluster model's {ClusterModelFile.ManifestEntry} {problem.ToString(CultureInfo.InvariantCulture)}."));
}

/// <summary>One feature of a stored model.</summary>
/// <param name="Code">The capability code.</param>
/// <param name="Mean">The run's mean of the capability, which replaces a missing value.</param>
/// <param name="Scale">The factor the value is multiplied by, √(its domain-balanced weight in the run).</param>
internal sealed record ModelCapability(string Code, double Mean, double Scale);
