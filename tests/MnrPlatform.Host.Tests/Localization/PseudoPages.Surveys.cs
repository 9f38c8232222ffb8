using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>
    /// Survey administration: the rounds (secretariat's cards, a focal point's questionnaires), instruments,
    /// a new round, a round's submissions (open and published), import and export, and an import preview
    /// that is no longer waiting (a waiting one is scanned by <see cref="SurveyLanguageTests"/>, which uploads it first).
    /// </summary>
    private static IEnumerable<PageVisit> Surveys =>
    [
        new(Roles.Analyst, "/surveys"),
        new(Roles.FocalPoint, "/surveys"),
        new(Roles.Administrator, "/surveys"),
        new(Roles.Analyst, "/surveys/instruments"),
        new(Roles.Analyst, "/surveys/new"),
        new(Roles.Analyst, "/surveys/{Round}", "/surveys/2026-self-assessment"),
        new(Roles.Analyst, "/surveys/{Round}", "/surveys/2021-review?status=validated"),
        new(Roles.Analyst, "/surveys/{Round}", "/surveys/no-such-round"),
        new(Roles.Analyst, "/surveys/{Round}/transfer", "/surveys/2026-self-assessment/transfer"),
        new(Roles.Analyst, "/surveys/{Round}/transfer", "/surveys/2021-review/transfer"),
        new(Roles.Analyst, "/surveys/{Round}/import/{Upload}", "/surveys/2026-self-assessment/import/00000000-0000-0000-0000-000000000001"),
    ];
}
