namespace MnrPlatform.Data.Entities;

/// <summary>A country's part in an exchange.</summary>
public enum ExchangeRole
{
    /// <summary>The country that wants to learn about the capability.</summary>
    Learner,

    /// <summary>The country further ahead on it, which shares its experience.</summary>
    Host,
}
