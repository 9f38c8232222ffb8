using MnrPlatform.Core.Access;

namespace MnrPlatform.Core.Tests.Access;

public sealed class RoleGrantTests
{
    private static PlatformPrincipal Holding(string role, string? country = null) => new("id", role + "@example.org", [role], country);

    [Theory]
    [InlineData(Roles.Administrator, null)]
    [InlineData(Roles.Analyst, null)]
    [InlineData(Roles.FocalPoint, "KEN")]
    [InlineData(Roles.Viewer, null)]
    public void An_administrator_may_grant_every_role(string role, string? country)
    {
        var decision = RoleGrant.Check(Holding(Roles.Administrator), role, country);

        Assert.True(decision.Allowed, decision.Reason);
        Assert.Empty(decision.Reason);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.FocalPoint)]
    [InlineData(Roles.Viewer)]
    public void Nobody_but_an_administrator_may_grant_anything(string grantor)
    {
        var decision = RoleGrant.Check(Holding(grantor, grantor == Roles.FocalPoint ? "KEN" : null), Roles.Viewer, null);

        Assert.False(decision.Allowed);
        Assert.Contains("may not manage users", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grantor_cannot_grant_a_permission_it_does_not_hold()
    {
        // A user manager without the secretariat's rights (a delegated role the rule must hold for).
        const Permissions manager = Permissions.ManageUsers | Permissions.ReadAggregates;

        Assert.True(RoleGrant.Check("delegate", manager, null, Roles.Viewer, null).Allowed);
        var analyst = RoleGrant.Check("delegate", manager, null, Roles.Analyst, null);
        Assert.False(analyst.Allowed);
        Assert.Contains("ReadAllCountries", analyst.Reason, StringComparison.Ordinal);
        Assert.False(RoleGrant.Check("delegate", manager, null, Roles.Administrator, null).Allowed);
        Assert.False(RoleGrant.Check("delegate", manager, null, Roles.FocalPoint, "KEN").Allowed);
    }

    [Fact]
    public void A_country_bound_grantor_can_grant_only_its_own_country()
    {
        const Permissions countryManager = Permissions.ManageUsers | Permissions.ReadAggregates | Permissions.ReadOwnCountry | Permissions.WriteOwnCountry;

        Assert.True(RoleGrant.Check("kenya-lead", countryManager, "KEN", Roles.FocalPoint, "KEN").Allowed);
        var other = RoleGrant.Check("kenya-lead", countryManager, "KEN", Roles.FocalPoint, "GHA");
        Assert.False(other.Allowed);
        Assert.Contains("own country", other.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ke")]
    [InlineData("Kenya")]
    public void A_focal_point_needs_a_valid_country(string? country)
    {
        var decision = RoleGrant.Check(Holding(Roles.Administrator), Roles.FocalPoint, country);

        Assert.False(decision.Allowed);
        Assert.Contains("ISO 3166-1 alpha-3", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_focal_point_is_bound_to_a_country()
    {
        var decision = RoleGrant.Check(Holding(Roles.Administrator), Roles.Viewer, "KEN");

        Assert.False(decision.Allowed);
        Assert.Contains("Only a focal point", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_roles_are_refused_with_the_list_of_roles()
    {
        var decision = RoleGrant.Check(Holding(Roles.Administrator), "Superuser", null);

        Assert.False(decision.Allowed);
        Assert.Contains("Administrator, Analyst, FocalPoint, Viewer", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_permissions_are_nested_as_documented()
    {
        Assert.True(Holding(Roles.Administrator).Has(Roles.PermissionsOf(Roles.Analyst)));
        Assert.False(Holding(Roles.Analyst).Has(Permissions.ManageUsers));
        Assert.False(Holding(Roles.FocalPoint, "KEN").Has(Permissions.ReadAllCountries));
        Assert.Equal(Permissions.ReadAggregates, Holding(Roles.Viewer).Permissions);
        Assert.Equal(Permissions.None, PlatformPrincipal.Anonymous.Permissions);
    }
}
