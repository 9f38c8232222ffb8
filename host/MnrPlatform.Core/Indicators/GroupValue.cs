namespace MnrPlatform.Core.Indicators;

/// <summary>An indicator's value for one group of a breakdown.</summary>
/// <param name="Code">The group's stable code (e.g. <c>H</c>, <c>low-middle</c>, <c>Africa</c>).</param>
/// <param name="Name">The group's display name.</param>
/// <param name="Value">n, N and the value over the group's countries.</param>
public sealed record GroupValue(string Code, string Name, IndicatorValue Value);
