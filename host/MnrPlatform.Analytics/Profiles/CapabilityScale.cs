namespace MnrPlatform.Analytics.Profiles;

/// <summary>How a capability's value was answered, which decides how the value is read back in text.</summary>
public enum CapabilityScale
{
    /// <summary>A maturity phase 1..4, stored as (phase − 1) / 3.</summary>
    Phases,

    /// <summary>In place yes / no, stored as 1 / 0.</summary>
    InPlace,
}
