using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Tests;

public sealed class ProfileSetTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 1.0 / 3)]
    [InlineData(3, 2.0 / 3)]
    [InlineData(4, 1.0)]
    public void Phases_map_to_values_and_back(int phase, double value)
    {
        Assert.Equal(value, ProfileValues.FromPhase(phase), 12);
        Assert.Equal(phase, ProfileValues.ToPhase(value));
    }

    [Fact]
    public void In_place_maps_to_1_and_0()
    {
        Assert.Equal(1.0, ProfileValues.FromInPlace(true));
        Assert.Equal(0.0, ProfileValues.FromInPlace(false));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProfileValues.FromPhase(5));
    }

    [Fact]
    public void Units_are_ordered_by_code_and_domains_by_first_capability()
    {
        var set = MnrFramework.Set(MnrFramework.Uniform("ZAF", 2), MnrFramework.Uniform("KEN", 3), MnrFramework.Uniform("BRA", 1));

        Assert.Equal(["BRA", "KEN", "ZAF"], set.UnitCodes);
        Assert.Equal(1, set.IndexOf("KEN"));
        Assert.Equal(-1, set.IndexOf("XXX"));
        Assert.Equal(["POLICY", "JUSTICE", "VICTIM", "SOCIETAL", "INDUSTRY", "MEDIA"], MnrFramework.Instance.Domains);
        Assert.Equal([3, 4, 4, 4, 4, 2], MnrFramework.Instance.DomainSizes);
        Assert.Equal(1.0, MnrFramework.Instance.BalancedWeights.Sum(), 12);
    }

    [Fact]
    public void Bad_profiles_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MnrFramework.Set(MnrFramework.Uniform("KEN", 2), MnrFramework.Uniform("KEN", 3)));
        Assert.Throws<ArgumentException>(() => MnrFramework.Set(new CapabilityProfile("KEN", [0.5, 0.5])));
        Assert.Throws<ArgumentException>(() => MnrFramework.Set(new CapabilityProfile("KEN", [1.5, .. Enumerable.Repeat<double?>(0, 20)])));
        Assert.Throws<ArgumentException>(() => MnrFramework.Set(new CapabilityProfile("KEN", [double.NaN, .. Enumerable.Repeat<double?>(0, 20)])));
        Assert.Throws<ArgumentException>(() => new CapabilityFramework([new("A", "A", "D"), new("A", "A again", "D")]));
    }
}
