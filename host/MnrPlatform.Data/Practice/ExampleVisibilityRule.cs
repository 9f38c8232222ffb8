using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// The one place that decides how an example is shown to a viewer. The secretariat and the
/// example's own country see it named, always. Anyone else sees it named only when it is approved
/// and its country's standing consent covers the current version at a visibility that includes the
/// viewer (members: signed in; public: anyone); otherwise anonymised when the secretariat published
/// an anonymised version at a visibility that includes the viewer; otherwise not at all.
/// </summary>
/// <remarks>
/// An example that is not approved (a draft, in review, with edits suggested, or archived) is never
/// shown beyond the secretariat and its country, whatever was consented or anonymised. A consent
/// counts only up to the visibility the secretariat still proposes: lowering the proposal narrows
/// what is shown at once, raising it never widens a consent.
/// </remarks>
public static class ExampleVisibilityRule
{
    /// <summary>How <paramref name="example"/> is shown under <paramref name="scope"/>.</summary>
    /// <param name="scope">The viewer.</param>
    /// <param name="example">The example, with its <see cref="PracticeExample.Consents"/> loaded.</param>
    public static ExampleShown Decide(AccessScope scope, PracticeExample example)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(example);
        if (IsOwnerOrSecretariat(scope, example))
        {
            return ExampleShown.Named;
        }

        if (example.Status != PracticeExampleStatus.Approved)
        {
            return ExampleShown.Hidden;
        }

        var audience = AudienceOf(scope);
        if (StandingConsent(example) is { } consent && Includes(Narrower(consent.Visibility, example.ProposedVisibility), audience))
        {
            return ExampleShown.Named;
        }

        return example.AnonymisedAs is not null && Includes(example.AnonymisedVisibility, audience)
            ? ExampleShown.Anonymised
            : ExampleShown.Hidden;
    }

    /// <summary>The consent that stands for the example's current version, if any.</summary>
    /// <param name="example">The example, with its consents loaded.</param>
    /// <remarks>A consent stands while it is not withdrawn and was given to the current version; the newest such one wins (a country may narrow its consent by giving a new one).</remarks>
    public static ExampleConsent? StandingConsent(PracticeExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return example.Consents
            .Where(c => c.WithdrawnAt is null && c.Version == example.Version)
            .OrderByDescending(c => c.GivenAt)
            .ThenByDescending(c => c.Id)
            .FirstOrDefault();
    }

    /// <summary>True for the secretariat and for the focal point of the example's own country.</summary>
    public static bool IsOwnerOrSecretariat(AccessScope scope, PracticeExample example)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(example);
        return scope.CanRead(example.CountryIso3);
    }

    /// <summary>
    /// The widest visibility that reaches a viewer who is neither the secretariat nor the example's
    /// country: <see cref="ExampleVisibility.Public"/> for anyone not signed in,
    /// <see cref="ExampleVisibility.Members"/> for every signed-in user (viewers and other countries' focal points).
    /// </summary>
    public static ExampleVisibility AudienceOf(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Level == ScopeLevel.Anonymous ? ExampleVisibility.Public : ExampleVisibility.Members;
    }

    /// <summary>True when something shown at <paramref name="visibility"/> reaches <paramref name="audience"/> (Secretariat reaches nobody beyond it).</summary>
    public static bool Includes(ExampleVisibility visibility, ExampleVisibility audience) =>
        visibility != ExampleVisibility.Secretariat && visibility >= audience;

    private static ExampleVisibility Narrower(ExampleVisibility a, ExampleVisibility b) => a < b ? a : b;
}
