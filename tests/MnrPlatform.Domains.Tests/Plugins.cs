using MnrPlatform.Domains.CriminalJustice;
using MnrPlatform.Domains.Industry;
using MnrPlatform.Domains.Media;
using MnrPlatform.Domains.Policy;
using MnrPlatform.Domains.Societal;
using MnrPlatform.Domains.Victim;
using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

/// <summary>The six domain plugins, configured the way the host configures them.</summary>
internal static class Plugins
{
    public const string GovernmentSurvey = "government-survey";
    public const string UnicefCountryOfficeSurvey = "unicef-country-office-survey";
    public const string MaturitySelfAssessment = "maturity-self-assessment";

    public static readonly IReadOnlyDictionary<string, IDomainPlugin> ByProject = new Dictionary<string, IDomainPlugin>(StringComparer.Ordinal)
    {
        ["MnrPlatform.Domains.Policy"] = new PolicyPlugin(),
        ["MnrPlatform.Domains.CriminalJustice"] = new CriminalJusticePlugin(),
        ["MnrPlatform.Domains.Victim"] = new VictimPlugin(),
        ["MnrPlatform.Domains.Societal"] = new SocietalPlugin(),
        ["MnrPlatform.Domains.Industry"] = new IndustryPlugin(),
        ["MnrPlatform.Domains.Media"] = new MediaPlugin(),
    };

    private static readonly Lazy<IReadOnlyDictionary<string, DomainContent>> Built =
        new(() => ByProject.ToDictionary(p => p.Key, p => Configure(p.Value).Build(), StringComparer.Ordinal));

    /// <summary>Every plugin's validated content, built once.</summary>
    public static IEnumerable<DomainContent> Content => ByProject.Keys.Select(ContentOf);

    /// <summary>The validated content of the plugin <paramref name="project"/>.</summary>
    public static DomainContent ContentOf(string project) => Built.Value[project];

    public static TheoryData<string> Projects => [.. ByProject.Keys];

    public static DomainBuilder Configure(IDomainPlugin plugin)
    {
        var builder = new DomainBuilder();
        plugin.Configure(builder);
        return builder;
    }

    public static IEnumerable<(DomainContent Domain, QuestionInfo Question)> Questions =>
        Content.SelectMany(d => d.Questions.Select(q => (d, q)));

    public static IEnumerable<(DomainContent Domain, IndicatorInfo Indicator)> Indicators =>
        Content.SelectMany(d => d.Indicators.Select(i => (d, i)));

    public static QuestionInfo Question(string id) => Questions.Single(q => q.Question.Id == id).Question;
}
