namespace MnrPlatform.Analytics.Profiles;

/// <summary>The mapping between answers and profile values in 0..1.</summary>
public static class ProfileValues
{
    /// <summary>The number of maturity phases.</summary>
    public const int PhaseCount = 4;

    /// <summary>The value distance of one maturity phase, 1/3.</summary>
    public const double OnePhase = 1.0 / (PhaseCount - 1);

    /// <summary>Slack for comparing values that went through floating-point arithmetic.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>In place yes → 1, no → 0.</summary>
    /// <param name="inPlace">Whether the capability is in place.</param>
    public static double FromInPlace(bool inPlace) => inPlace ? 1.0 : 0.0;

    /// <summary>Maturity phase p (1..4) → (p − 1) / 3.</summary>
    /// <param name="phase">The maturity phase, 1 to 4.</param>
    public static double FromPhase(int phase)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(phase, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(phase, PhaseCount);
        return (phase - 1) * OnePhase;
    }

    /// <summary>The nearest maturity phase (1..4) for a value in 0..1.</summary>
    /// <param name="value">A profile value in 0..1.</param>
    public static int ToPhase(double value) => 1 + (int)Math.Round(Math.Clamp(value, 0.0, 1.0) * (PhaseCount - 1), MidpointRounding.AwayFromZero);

    /// <summary>Whether <paramref name="ahead"/> is at least one phase above <paramref name="behind"/> (or in place against not).</summary>
    /// <param name="ahead">The value that may be ahead.</param>
    /// <param name="behind">The value that may be behind.</param>
    public static bool IsAtLeastOnePhaseAhead(double ahead, double behind) => ahead - behind >= OnePhase - Tolerance;

    /// <summary>Whether a value is below the top of its scale (phase 4, or in place).</summary>
    /// <param name="value">A profile value in 0..1.</param>
    public static bool IsGap(double value) => value < 1.0 - Tolerance;
}
