namespace MnrPlatform.Analytics.Peers;

/// <summary>Context of a unit used by the same-region and same-income-group bonuses.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="Region">Its region code, or null when unknown.</param>
/// <param name="IncomeGroup">Its income group code, or null when unknown.</param>
public sealed record UnitAttributes(string UnitCode, string? Region, string? IncomeGroup);
