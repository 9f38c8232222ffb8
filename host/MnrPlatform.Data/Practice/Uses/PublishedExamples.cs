using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Practice.Uses;

/// <summary>
/// The published examples the platform shows beside its other content: on a domain's page and
/// beside a peer-learning suggestion. "Published" means shown beyond the secretariat and the
/// example's own country: every result comes from <see cref="PracticeLibrary"/> read as a member of
/// the Alliance (any signed-in user) or as the public, so the visibility rule and the country's
/// consent decide, never this class.
/// </summary>
public sealed class PublishedExamples(PracticeLibrary library)
{
    /// <summary>How many examples a domain page shows per capability.</summary>
    public const int PerCapability = 3;

    /// <summary>How many of a partner's examples a suggestion shows.</summary>
    public const int PerPartner = 3;

    /// <summary>The scope of an Alliance member who is neither the secretariat nor the example's country.</summary>
    public static AccessScope Members { get; } = AccessScope.For(new PlatformPrincipal(null, "alliance-members", [Roles.Viewer], null));

    /// <summary>
    /// The published examples of <paramref name="domainCode"/> by capability code, at most
    /// <see cref="PerCapability"/> each, newest first: as the public sees them for a viewer not signed
    /// in, as members see them for everyone else. Never more than the viewer may see: members see no
    /// more than any signed-in viewer, and the public no more than members.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ExampleSummary>>> ForDomainAsync(AccessScope viewer, string domainCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(domainCode);
        var found = await library.SearchAsync(AudienceOf(viewer), new ExampleQuery(DomainCode: domainCode), cancellationToken);
        return found.GroupBy(e => e.CapabilityCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ExampleSummary>)[.. g.Take(PerCapability)], StringComparer.Ordinal);
    }

    /// <summary>
    /// For the secretariat's peer-learning suggestion: <paramref name="partnerIso3"/>'s examples of
    /// <paramref name="capabilityCode"/> that its country consented to show named to members or the
    /// public (at most <see cref="PerPartner"/>, newest first). The suggestion is meant to be shared
    /// with the countries, so examples only the secretariat may see, or only anonymised, are left out.
    /// </summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat.</exception>
    public async Task<IReadOnlyList<ExampleSummary>> ForPartnerAsync(AccessScope scope, string partnerIso3, string capabilityCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerIso3);
        ArgumentException.ThrowIfNullOrWhiteSpace(capabilityCode);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not read peer-learning suggestions: they are the secretariat's.");
        }

        var found = await library.SearchAsync(Members, new ExampleQuery(CapabilityCode: capabilityCode, CountryIso3: partnerIso3), cancellationToken);
        return [.. found.Where(e => e.Shown == ExampleShown.Named && e.CountryIso3 == partnerIso3).Take(PerPartner)];
    }

    /// <summary>The audience published examples are read as for <paramref name="viewer"/>.</summary>
    public static AccessScope AudienceOf(AccessScope viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Level == ScopeLevel.Anonymous ? AccessScope.Anonymous : Members;
    }
}
