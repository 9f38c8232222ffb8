namespace MnrPlatform.Host.Web.Api;

/// <summary>A survey round.</summary>
/// <param name="Code">Stable code, used in URLs.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">The year it refers to.</param>
/// <param name="Status">open, closed or published.</param>
/// <param name="SyntheticDataLabel">Set when the round holds synthetic demo data: every use of its figures must carry it.</param>
internal sealed record RoundDto(string Code, string Name, int Year, string Status, string? SyntheticDataLabel);

/// <summary>An MNR domain and the plugin that supplies it.</summary>
internal sealed record DomainDto(string Code, string Name, string Description, string Plugin, IReadOnlyList<CapabilityDto> Capabilities);

/// <summary>A capability with its four maturity phase descriptors.</summary>
internal sealed record CapabilityDto(string Code, int MnrNumber, string Name, string Description, string Domain, IReadOnlyList<string> Phases);

/// <summary>A survey question.</summary>
internal sealed record QuestionDto(string Id, string Capability, string Domain, string Text, string? Help, string Kind, IReadOnlyList<string> Options, bool Required, IReadOnlyList<string> Instruments, string? ShownWhen);

/// <summary>An indicator's metadata sheet.</summary>
internal sealed record IndicatorDto(string Id, string Name, string Domain, string Capability, string Plugin, string Measures, string Unit, string Purpose, string Computation, string Limitations, IReadOnlyList<string> Breakdowns);

/// <summary>The results of every indicator of a round by one breakdown, as the caller may see them.</summary>
/// <param name="Round">The round.</param>
/// <param name="SyntheticDataLabel">Set when the figures are synthetic demo data.</param>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="MinimumCellSize">The suppression threshold applied; null when none (the secretariat).</param>
/// <param name="Indicators">One entry per indicator that allows the breakdown.</param>
internal sealed record RoundResultsDto(string Round, string? SyntheticDataLabel, string Breakdown, int? MinimumCellSize, IReadOnlyList<IndicatorResultDto> Indicators);

/// <summary>One indicator's groups; <paramref name="Error"/> says why there are none when its plugin failed.</summary>
internal sealed record IndicatorResultDto(string Indicator, string Name, string Domain, IReadOnlyList<GroupResultDto> Groups, string? Error);

/// <summary>n, N and the value of one group; null counts are suppressed, and <paramref name="Suppression"/> says why.</summary>
internal sealed record GroupResultDto(string Code, string Name, int? Numerator, int? Denominator, decimal? Value, string Suppression);

/// <summary>A country's profile in a round: per capability its self-assessed phase and whether it is in place.</summary>
internal sealed record CountryProfileDto(string Country, string Round, string? SyntheticDataLabel, IReadOnlyList<CapabilityStatusDto> Capabilities);

/// <summary>One capability of a country profile.</summary>
internal sealed record CapabilityStatusDto(string Domain, string Capability, string Name, int? Phase, string? InPlace);
