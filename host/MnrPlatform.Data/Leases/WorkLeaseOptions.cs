namespace MnrPlatform.Data.Leases;

/// <summary>
/// The <c>WorkLeases</c> section: how long a background-work lease lasts. The holder renews it
/// every third of <see cref="Length"/>; when the holder dies another instance takes the work over
/// within one <see cref="Length"/>.
/// </summary>
public sealed class WorkLeaseOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "WorkLeases";

    /// <summary>How long a lease lasts without renewal (default one minute; e.g. <c>WorkLeases__Length=00:00:30</c>).</summary>
    public TimeSpan Length { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the holder renews, and others look whether the lease is free: a third of <see cref="Length"/>.</summary>
    public TimeSpan RenewEvery => Length / 3;
}
