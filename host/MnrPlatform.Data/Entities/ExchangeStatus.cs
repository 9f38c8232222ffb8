namespace MnrPlatform.Data.Entities;

/// <summary>Where a peer-learning exchange is. Only the secretariat sees a <see cref="Suggested"/> one.</summary>
public enum ExchangeStatus
{
    /// <summary>Proposed from the analytics; the secretariat's idea only, no country is told.</summary>
    Suggested,

    /// <summary>Both countries have been asked for their consent.</summary>
    ConsentRequested,

    /// <summary>Both consented; the secretariat arranges the exchange.</summary>
    Arranged,

    /// <summary>The exchange took place; outcomes recorded.</summary>
    Completed,

    /// <summary>Ended without taking place: a country declined or withdrew, or the secretariat dropped it.</summary>
    Closed,
}
