using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>The good-practice library: the library, the worklist, an example (published, and a draft), its editor and its review.</summary>
    private static IEnumerable<PageVisit> Practice =>
    [
        new(null, "/practice"),
        new(Roles.Analyst, "/practice"),
        new(Roles.FocalPoint, "/practice"),
        new(null, "/practice", "/practice?q=helpline&phase=3&income=LM"),
        new(Roles.FocalPoint, "/practice/new"),
        new(Roles.Analyst, "/practice/worklist"),
        new(Roles.FocalPoint, "/practice/worklist"),
        new(null, "/practice/{id}", $"/practice/{PracticeSeed.Published}"),
        new(Roles.Analyst, "/practice/{id}", $"/practice/{PracticeSeed.Published}"),
        new(Roles.FocalPoint, "/practice/{id}", $"/practice/{PracticeSeed.Draft}"),
        new(Roles.Analyst, "/practice/{id}", $"/practice/{PracticeSeed.Draft}"),
        new(Roles.FocalPoint, "/practice/{id}/edit", $"/practice/{PracticeSeed.Draft}/edit"),
        new(Roles.FocalPoint, "/practice/{id}/review", $"/practice/{PracticeSeed.Draft}/review"),
        new(Roles.Analyst, "/practice/{id}/review", $"/practice/{PracticeSeed.Published}/review"),
    ];
}
