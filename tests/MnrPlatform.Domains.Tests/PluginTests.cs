using System.Xml.Linq;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

public sealed class PluginTests
{
    public static TheoryData<string, string, string, int> Domains => new()
    {
        { "MnrPlatform.Domains.Policy", "policy", "Policy and governance", 1 },
        { "MnrPlatform.Domains.CriminalJustice", "criminal-justice", "Criminal justice", 2 },
        { "MnrPlatform.Domains.Victim", "victim", "Victim", 3 },
        { "MnrPlatform.Domains.Societal", "societal", "Societal", 4 },
        { "MnrPlatform.Domains.Industry", "industry", "Industry", 5 },
        { "MnrPlatform.Domains.Media", "media", "Media and communications", 6 },
    };

    public static TheoryData<string> Projects => Plugins.Projects;

    [Theory]
    [MemberData(nameof(Projects))]
    public void Content_passes_every_sdk_content_rule(string project)
    {
        Assert.Empty(Plugins.Configure(Plugins.ByProject[project]).Validate());
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Each_plugin_supplies_its_mnr_domain_and_names_it_in_its_project_file(string project, string code, string name, int order)
    {
        var domain = Plugins.ContentOf(project).Domain;
        var properties = XDocument.Load(Repository.Path("plugins", project, project + ".csproj")).Descendants("PropertyGroup").Elements().ToList();
        string? Property(string property) => properties.SingleOrDefault(e => e.Name.LocalName == property)?.Value;

        Assert.Equal((code, name, order), (domain.Code, domain.Name.English, domain.Order));
        Assert.False(string.IsNullOrWhiteSpace(domain.Description.English));
        Assert.Equal(code, Property("PluginDomain"));
        Assert.Equal("mnrplatform.domains." + code, Property("PluginId"));
        Assert.Equal(project, Property("RootNamespace"));
        Assert.Equal(project, Plugins.ByProject[project].GetType().Assembly.GetName().Name);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_plugin_depends_on_the_sdk_only(string project)
    {
        Assert.Empty(ProjectReferences.Of($"plugins/{project}/{project}.csproj"));
        var references = Plugins.ByProject[project].GetType().Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("MnrPlatform", StringComparison.Ordinal));
        Assert.Equal(["MnrPlatform.Sdk"], references);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_host_can_create_the_plugin_from_its_public_parameterless_constructor(string project)
    {
        var type = Plugins.ByProject[project].GetType();

        Assert.True(type.IsPublic);
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        Assert.Single(type.Assembly.GetExportedTypes());
    }

    [Fact]
    public void Ids_are_unique_across_all_plugins_and_prefixed_with_their_domain_code()
    {
        var ids = Plugins.Content.SelectMany(d =>
                d.Questions.Select(q => (d.Domain.Code, q.Id))
                    .Concat(d.Indicators.Select(i => (d.Domain.Code, i.Id)))
                    .Concat(d.Charts.Select(c => (d.Domain.Code, c.Id))))
            .ToList();

        Assert.All(ids, x => Assert.StartsWith(x.Code + ".", x.Id, StringComparison.Ordinal));
        Assert.Empty(ids.GroupBy(x => x.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(Plugins.Content.SelectMany(d => d.Capabilities).GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Texts_have_no_stray_spaces_or_empty_help()
    {
        var texts = Plugins.Content.SelectMany(d =>
            d.Capabilities.SelectMany(c => new[] { c.Name, c.Description, c.WhyItMatters, c.Phases.Phase1, c.Phases.Phase2, c.Phases.Phase3, c.Phases.Phase4 })
                .Concat(d.Questions.SelectMany(q => new[] { q.Text, q.Help }.OfType<LocalizedText>()))
                .Concat(d.Indicators.SelectMany(i => new[] { i.Name, i.Measures, i.Metadata.Purpose, i.Metadata.Computation, i.Metadata.Limitations }))
                .Concat(d.Charts.Select(c => c.Title)))
            .Select(t => t.English)
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Equal(t.Trim(), t));
        Assert.All(texts, t => Assert.DoesNotContain("  ", t, StringComparison.Ordinal));
    }
}
