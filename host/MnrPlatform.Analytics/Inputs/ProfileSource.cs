namespace MnrPlatform.Analytics.Inputs;

/// <summary>Which of a round's answers a capability's profile values were read from.</summary>
public enum ProfileSource
{
    /// <summary>The capability's maturity phase question: phase p (1..4) → (p − 1) / 3.</summary>
    MaturityPhase,

    /// <summary>The capability's review question ending in <c>.in-place</c>: yes → 1, no → 0.</summary>
    InPlace,

    /// <summary>The round holds no usable answer for the capability: its value is missing for every unit.</summary>
    None,
}
