namespace MnrPlatform.Analytics.Profiles;

/// <summary>
/// The ordered capabilities that make up a profile, grouped into domains. Domains are ordered by
/// their first capability. Any number of capabilities and domains is allowed.
/// </summary>
public sealed class CapabilityFramework
{
    private readonly int[] domainOfCapability;
    private readonly double[] balancedWeights;

    /// <summary>Creates a framework from capabilities in profile order.</summary>
    /// <param name="capabilities">The capabilities, in the order of profile values; codes must be unique.</param>
    public CapabilityFramework(IEnumerable<ProfileCapability> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        Capabilities = [.. capabilities];
        if (Capabilities.Count == 0)
        {
            throw new ArgumentException("A framework needs at least one capability.", nameof(capabilities));
        }

        var duplicate = Capabilities.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Capability code '{duplicate.Key}' appears more than once.", nameof(capabilities));
        }

        Domains = [.. Capabilities.Select(c => c.DomainCode).Distinct(StringComparer.Ordinal)];
        domainOfCapability = [.. Capabilities.Select(c => IndexOfDomain(c.DomainCode))];
        var sizes = new int[Domains.Count];
        foreach (var domain in domainOfCapability)
        {
            sizes[domain]++;
        }

        DomainSizes = sizes;
        balancedWeights = [.. domainOfCapability.Select(d => 1.0 / (Domains.Count * sizes[d]))];
    }

    /// <summary>The capabilities in profile order.</summary>
    public IReadOnlyList<ProfileCapability> Capabilities { get; }

    /// <summary>The domain codes, in order of their first capability.</summary>
    public IReadOnlyList<string> Domains { get; }

    /// <summary>The number of capabilities in each domain, parallel to <see cref="Domains"/>.</summary>
    public IReadOnlyList<int> DomainSizes { get; }

    /// <summary>The number of capabilities.</summary>
    public int Count => Capabilities.Count;

    /// <summary>
    /// Each capability's weight when every value is present: 1 / (domains × capabilities in its domain),
    /// so each domain weighs 1 / domains and the weights sum to 1.
    /// </summary>
    public IReadOnlyList<double> BalancedWeights => balancedWeights;

    /// <summary>The index of a capability's domain in <see cref="Domains"/>.</summary>
    /// <param name="capability">The capability's index in profile order.</param>
    public int DomainOf(int capability) => domainOfCapability[capability];

    /// <summary>The index of a capability in profile order, or −1 when the code is unknown.</summary>
    /// <param name="code">The capability code.</param>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Capabilities.Count; i++)
        {
            if (string.Equals(Capabilities[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfDomain(string code)
    {
        for (var i = 0; i < Domains.Count; i++)
        {
            if (string.Equals(Domains[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown domain '{code}'.");
    }
}
