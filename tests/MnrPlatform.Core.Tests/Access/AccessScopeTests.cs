using System.Security.Claims;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;

namespace MnrPlatform.Core.Tests.Access;

public sealed class AccessScopeTests
{
    private sealed record Answer(string CountryIso3, string Value) : ICountryOwned;

    private static readonly Answer[] Answers = [new("KEN", "yes"), new("GHA", "no"), new("KEN", "no"), new("PHL", "yes")];

    private static AccessScope ScopeOf(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role, role.ToLowerInvariant() + "@example.org", [role], country));

    public static TheoryData<string> Countries => new("KEN", "GHA", "PHL", "NOR");

    [Theory]
    [MemberData(nameof(Countries))]
    public void A_focal_point_reads_and_writes_only_its_own_country(string country)
    {
        var scope = ScopeOf(Roles.FocalPoint, "KEN");

        Assert.Equal(ScopeLevel.Country, scope.Level);
        Assert.Equal(country == "KEN", scope.CanRead(country));
        Assert.Equal(country == "KEN", scope.CanWrite(country));
        if (country != "KEN")
        {
            Assert.Throws<AccessDeniedException>(() => scope.DemandRead(country));
            Assert.Throws<AccessDeniedException>(() => scope.DemandWrite(country));
        }
    }

    [Fact]
    public void Restrict_gives_a_focal_point_only_rows_of_its_country()
    {
        var kenya = ScopeOf(Roles.FocalPoint, "KEN").Restrict(Answers.AsQueryable()).ToList();
        var ghana = ScopeOf(Roles.FocalPoint, "GHA").Restrict(Answers.AsQueryable()).ToList();

        Assert.Equal(2, kenya.Count);
        Assert.All(kenya, a => Assert.Equal("KEN", a.CountryIso3));
        Assert.Equal("GHA", Assert.Single(ghana).CountryIso3);
    }

    [Theory]
    [InlineData(Roles.Administrator, 4)]
    [InlineData(Roles.Analyst, 4)]
    [InlineData(Roles.Viewer, 0)]
    public void Restrict_gives_the_secretariat_every_row_and_a_viewer_none(string role, int expected)
    {
        Assert.Equal(expected, ScopeOf(role).Restrict(Answers.AsQueryable()).Count());
    }

    [Fact]
    public void Anonymous_reads_no_unit_data_and_gets_suppressed_aggregates()
    {
        var scope = AccessScope.Anonymous;

        Assert.Empty(scope.Restrict(Answers.AsQueryable()));
        Assert.False(scope.CanRead("KEN"));
        Assert.False(scope.CanWrite("KEN"));
        Assert.Equal(5, scope.DisclosureRule(new DisclosureOptions()).MinimumCellSize);
    }

    [Theory]
    [InlineData(Roles.Administrator, ScopeLevel.Secretariat, false)]
    [InlineData(Roles.Analyst, ScopeLevel.Secretariat, false)]
    [InlineData(Roles.FocalPoint, ScopeLevel.Country, true)]
    [InlineData(Roles.Viewer, ScopeLevel.Aggregates, true)]
    public void Only_the_secretariat_sees_unsuppressed_results_and_named_comparisons(string role, ScopeLevel level, bool suppressed)
    {
        var scope = ScopeOf(role, role == Roles.FocalPoint ? "KEN" : null);
        var options = new DisclosureOptions { MinimumCellSize = 3 };

        Assert.Equal(level, scope.Level);
        Assert.Equal(suppressed, scope.DisclosureRule(options).Suppresses);
        Assert.Equal(!suppressed, scope.MayCompareNamedCountries);
        Assert.Equal(!suppressed, scope.AuditsUnitReads);
        if (suppressed)
        {
            Assert.Equal(3, scope.DisclosureRule(options).MinimumCellSize);
        }
    }

    [Fact]
    public void A_viewer_can_write_nothing_and_an_analyst_can_validate_any_country()
    {
        Assert.False(ScopeOf(Roles.Viewer).CanWrite("KEN"));
        Assert.True(ScopeOf(Roles.Analyst).CanWrite("KEN"));
        Assert.True(ScopeOf(Roles.Analyst).CanRead("GHA"));
    }

    [Fact]
    public void A_focal_point_without_a_valid_country_gets_aggregates_only()
    {
        Assert.Equal(ScopeLevel.Aggregates, ScopeOf(Roles.FocalPoint).Level);
        Assert.Equal(ScopeLevel.Aggregates, ScopeOf(Roles.FocalPoint, "ken").Level);
        Assert.Empty(ScopeOf(Roles.FocalPoint, "Kenya").Restrict(Answers.AsQueryable()));
    }

    [Fact]
    public void Scope_is_read_from_the_sign_in_claims()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "u1"),
                new Claim(ClaimTypes.Name, "fp@example.org"),
                new Claim(ClaimTypes.Role, Roles.FocalPoint),
                new Claim(PlatformPrincipal.CountryClaim, "GHA"),
            ],
            "cookie");

        var scope = AccessScope.For(PlatformPrincipal.FromClaims(new ClaimsPrincipal(identity)));

        Assert.Equal(ScopeLevel.Country, scope.Level);
        Assert.Equal("GHA", scope.CountryIso3);
        Assert.Equal("fp@example.org", scope.Actor.Name);
        Assert.Equal("u1", scope.Actor.UserId);
    }

    [Fact]
    public void Unauthenticated_claims_and_unknown_roles_give_the_anonymous_scope()
    {
        var notSignedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Administrator)]));
        var unknownRole = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Superuser")], "cookie"));

        Assert.Equal(ScopeLevel.Anonymous, AccessScope.For(PlatformPrincipal.FromClaims(notSignedIn)).Level);
        Assert.Equal(ScopeLevel.Anonymous, AccessScope.For(PlatformPrincipal.FromClaims(unknownRole)).Level);
    }

    [Theory]
    [InlineData("KEN", true)]
    [InlineData("ken", false)]
    [InlineData("KE", false)]
    [InlineData("KENY", false)]
    [InlineData("K3N", false)]
    [InlineData("ÄBC", false)]
    [InlineData(null, false)]
    public void Country_codes_are_three_capital_letters(string? code, bool valid)
    {
        Assert.Equal(valid, CountryCode.IsValid(code));
    }

    [Fact]
    public void Typed_country_codes_are_normalized_or_refused()
    {
        Assert.Equal("KEN", CountryCode.Normalize(" ken "));
        Assert.Null(CountryCode.Normalize("Kenya"));
    }
}
