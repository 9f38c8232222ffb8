using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Web.Api;

/// <summary>The framework as the active plugins define it: public, like the indicator catalogue page.</summary>
internal static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/domains", (FrameworkCatalog catalog) => catalog.Domains.Select(Domain).ToList())
            .AllowAnonymous().WithSummary("Every domain with its capabilities");
        api.MapGet("/domains/{code}", (FrameworkCatalog catalog, string code) =>
                catalog.Domain(code) is { } domain ? Results.Ok(Domain(domain)) : ApiProblems.NotFound($"There is no active domain '{code}'."))
            .AllowAnonymous().WithSummary("One domain with its capabilities");
        api.MapGet("/capabilities", (FrameworkCatalog catalog) => catalog.Capabilities.Select(c => Capability(c.Item, c.DomainCode)).ToList())
            .AllowAnonymous().WithSummary("Every capability with its phase descriptors");
        api.MapGet("/questions", (FrameworkCatalog catalog, string? instrument) =>
                catalog.Questions.Where(q => instrument is null || q.Item.Instruments.Contains(instrument)).Select(Question).ToList())
            .AllowAnonymous().WithSummary("Every question, or those of one instrument");
        api.MapGet("/indicators", (FrameworkCatalog catalog) => catalog.Indicators.Select(Indicator).ToList())
            .AllowAnonymous().WithSummary("Every indicator's metadata sheet and the plugin that supplies it");
        return api;
    }

    private static DomainDto Domain(CatalogDomain domain) => new(
        domain.Content.Domain.Code,
        domain.Content.Domain.Name.English,
        domain.Content.Domain.Description.English,
        domain.PluginId,
        [.. domain.Content.Capabilities.Select(c => Capability(c, domain.Content.Domain.Code))]);

    private static CapabilityDto Capability(CapabilityInfo capability, string domain) => new(
        capability.Code,
        capability.MnrNumber,
        capability.Name.English,
        capability.Description.English,
        domain,
        [.. Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p => capability.Phases[p].English)]);

    private static QuestionDto Question(Owned<QuestionInfo> owned)
    {
        var q = owned.Item;
        return new QuestionDto(
            q.Id,
            q.CapabilityCode,
            owned.DomainCode,
            q.Text.English,
            q.Help?.English,
            q.Kind.ToString(),
            [.. q.Options.Select(o => o.Code)],
            q.Required,
            q.Instruments,
            q.ShownWhen is { } when ? $"{when.QuestionId} = {when.AnswerCode}" : null);
    }

    private static IndicatorDto Indicator(Owned<IndicatorInfo> owned)
    {
        var i = owned.Item;
        return new IndicatorDto(
            i.Id,
            i.Name.English,
            owned.DomainCode,
            i.CapabilityCode,
            owned.PluginId,
            i.Measures.English,
            i.Unit.English,
            i.Metadata.Purpose.English,
            i.Metadata.Computation.English,
            i.Metadata.Limitations.English,
            [.. IndicatorEngine.BreakdownsOf(i).Select(BreakdownNames.Name)]);
    }
}
