using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>Where an example stands, as the secretariat and its country follow it (a worklist's status column).</summary>
/// <param name="Status">Its curation status.</param>
/// <param name="Version">Its text version.</param>
/// <param name="Consent">The consent standing for this version (visibility, who, when); null when none stands.</param>
/// <param name="ConsentWithdrawnAt">When the country last withdrew a consent to this version, when no consent stands since.</param>
/// <param name="Anonymised">The anonymised version the secretariat published; null when none is.</param>
public sealed record ExampleProgress(
    PracticeExampleStatus Status,
    int Version,
    ExampleConsentInfo? Consent,
    DateTimeOffset? ConsentWithdrawnAt,
    ExampleAnonymisedVersion? Anonymised)
{
    /// <summary>The progress of <paramref name="example"/> (its consents loaded); <paramref name="anonymisedLabel"/> is how the anonymised version names the country.</summary>
    internal static ExampleProgress Of(PracticeExample example, string? anonymisedLabel)
    {
        var standing = ExampleVisibilityRule.StandingConsent(example);
        var withdrawn = standing is null
            ? example.Consents.Where(c => c.Version == example.Version && c.WithdrawnAt is not null).Max(c => c.WithdrawnAt)
            : null;
        return new ExampleProgress(
            example.Status,
            example.Version,
            standing is null ? null : new ExampleConsentInfo(standing.Visibility, standing.GivenBy, standing.GivenAt),
            withdrawn,
            example.AnonymisedAs is { } level ? new ExampleAnonymisedVersion(level, example.AnonymisedVisibility, anonymisedLabel) : null);
    }
}

/// <summary>A consent that stands.</summary>
/// <param name="Visibility">What the country consented to.</param>
/// <param name="GivenBy">Who consented.</param>
/// <param name="GivenAt">When.</param>
public sealed record ExampleConsentInfo(ExampleVisibility Visibility, string GivenBy, DateTimeOffset GivenAt);

/// <summary>A published anonymised version.</summary>
/// <param name="Level">The level the country is named at.</param>
/// <param name="Visibility">Who sees it.</param>
/// <param name="Label">How it names the country ("A country in Eastern Europe"); null when the reference data lost the country's group.</param>
public sealed record ExampleAnonymisedVersion(AnonymityLevel Level, ExampleVisibility Visibility, string? Label);
