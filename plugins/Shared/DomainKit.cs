using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Domains;

/// <summary>
/// Registers a domain's content in the shape all six MNR domain plugins share. Linked into each
/// plugin as source (plugins/Shared, see plugins/README.md), because a plugin may depend on the SDK
/// only.
/// </summary>
/// <remarks>
/// Id scheme, every id prefixed with the domain code:
/// questions <c>{domain}.{capability}.review.{item}</c> and <c>{domain}.{capability}.maturity.{field}</c>;
/// indicators <c>{domain}.{capability}.{item}</c>, where <c>.in-place</c> marks a row of the review's
/// Figure 1 and <c>.phase-{n}</c> / <c>.phase-3-or-above</c> the self-assessed phases;
/// charts <c>{domain}.chart.{name}</c>.
/// </remarks>
internal sealed class DomainKit
{
    public const string GovernmentSurvey = "government-survey";
    public const string UnicefCountryOfficeSurvey = "unicef-country-office-survey";
    public const string MaturitySelfAssessment = "maturity-self-assessment";

    /// <summary>The item code of a Figure 1 row; the host's overall Figure 1 gathers indicators ending in it.</summary>
    public const string InPlaceItem = "in-place";

    private readonly List<CapabilityKit> capabilities = [];
    private readonly List<FindingTemplate> findings = [];

    /// <summary>
    /// Starts the domain's registration. Everything registered through the kit carries the plugin's
    /// translations (its embedded <c>Translations/&lt;culture&gt;.json</c> catalogs).
    /// </summary>
    public DomainKit(IDomainBuilder builder, DomainInfo domain)
    {
        Builder = builder.WithTranslations(TranslationCatalog.FromEmbeddedResources(typeof(DomainKit).Assembly));
        Info = domain;
        Builder.Domain(domain);
        DeclareInstruments(Builder);
    }

    public IDomainBuilder Builder { get; }

    public DomainInfo Info { get; }

    public string Code => Info.Code;

    /// <summary>The capabilities registered so far, in order.</summary>
    public IReadOnlyList<CapabilityKit> Capabilities => capabilities;

    /// <summary>Registers a visualization the plugin draws itself (SDK 2.0), id <c>{domain}.visualization.{name}</c>.</summary>
    public void Visualization(string name, LocalizedText title, LocalizedText description, IReadOnlyList<string> indicatorIds, VisualizationBuilder build, Breakdowns breakdowns = Breakdowns.None) =>
        Builder.Visualization(new VisualizationInfo
        {
            Id = $"{Code}.visualization.{name}",
            Title = title,
            Description = description,
            IndicatorIds = indicatorIds,
            Breakdowns = breakdowns,
            Build = build,
        });

    /// <summary>Declares the three instruments every domain's questions belong to (SDK 1.2).</summary>
    private static void DeclareInstruments(IDomainBuilder builder)
    {
        builder.Instrument(new InstrumentInfo(GovernmentSurvey, "Government survey", "Government focal point"));
        builder.Instrument(new InstrumentInfo(UnicefCountryOfficeSurvey, "UNICEF country-office survey", "UNICEF country office"));
        builder.Instrument(new InstrumentInfo(MaturitySelfAssessment, "Maturity self-assessment", "National focal point"));
    }

    /// <summary>Registers a capability with its maturity self-assessment questions and phase indicators.</summary>
    public CapabilityKit Capability(CapabilityInfo capability)
    {
        Builder.Capability(capability);
        var kit = new CapabilityKit(this, capability);
        kit.AddMaturityContent();
        capabilities.Add(kit);
        return kit;
    }

    /// <summary>Adds the finding template of indicator <paramref name="indicatorId"/> to the domain's report section.</summary>
    public void Finding(string indicatorId, LocalizedText template) => findings.Add(new FindingTemplate(indicatorId, template));

    /// <summary>Registers the domain's report section: <paramref name="introduction"/> and every finding template added so far.</summary>
    public void ReportSection(params LocalizedText[] introduction) =>
        Builder.ReportSection(new ReportSectionInfo { Introduction = introduction, Findings = [.. findings] });

    /// <summary>Adds a chart with id <c>{domain}.chart.{name}</c>.</summary>
    public DomainKit Chart(string name, LocalizedText title, ChartKind kind, IReadOnlyList<string> indicatorIds)
    {
        Builder.Chart(new ChartInfo
        {
            Id = $"{Code}.chart.{name}",
            Title = title,
            Kind = kind,
            IndicatorIds = indicatorIds,
            SecretariatOnly = kind == ChartKind.Choropleth,
        });
        return this;
    }

    /// <summary>
    /// Adds the charts every domain has: its Figure 1 rows stacked and by income group, the phase
    /// distribution and radar of its capabilities, and a map of <paramref name="map"/>'s Figure 1 row.
    /// </summary>
    public void StandardCharts(CapabilityKit map)
    {
        var name = Info.Name.English;
        string[] inPlace = [.. capabilities.Select(c => c.InPlaceIndicatorId).OfType<string>()];
        Chart("in-place", $"{name}: capabilities in place", ChartKind.StackedShares, inPlace);
        Chart("in-place-by-income-group", $"{name}: capabilities in place by income group", ChartKind.SharesByIncomeGroup, inPlace);
        Chart("phase-distribution", $"{name}: self-assessed maturity phases", ChartKind.PhaseDistribution, [.. capabilities.SelectMany(c => c.PhaseIndicatorIds)]);
        Chart("phase-radar", $"{name}: a country's maturity phases", ChartKind.PhaseRadar, [.. capabilities.Select(c => c.IndicatorId(CapabilityKit.EstablishedItem))]);
        Chart($"{map.Info.Code}-map", $"{map.Info.Name.English} in place, by country", ChartKind.Choropleth, [map.IndicatorId(InPlaceItem)]);
    }
}

/// <summary>Registers the questions and indicators of one capability.</summary>
internal sealed class CapabilityKit
{
    /// <summary>The phase at or above which a capability counts as established, for the headline phase indicator.</summary>
    private const int EstablishedPhase = 3;

    public const string EstablishedItem = "phase-3-or-above";

    private const string CommonLimitations =
        "Answers are reported by a government or a UNICEF country office and are not verified independently; " +
        "a yes says nothing about coverage, quality or effectiveness. Not every country answered every question, " +
        "so read the share with its n of N. Never use it to rank named countries.";

    private const string PhaseLimitations =
        "A self-assessment against the capability's phase descriptors, not an audit. Phases are not pass or fail " +
        "marks: countries move between them non-linearly, and capabilities should be read together, never to rank " +
        "named countries.";

    private static readonly string[] ReviewInstruments = [DomainKit.GovernmentSurvey, DomainKit.UnicefCountryOfficeSurvey];
    private static readonly string[] MaturityInstruments = [DomainKit.MaturitySelfAssessment];

    private static readonly AnswerOption[] SupportOptions =
    [
        new("peer-exchange", "Exchange with a peer country"),
        new("technical-assistance", "Technical assistance or expert advice"),
        new("training", "Training"),
        new("funding", "Funding"),
        new("research-data", "Research or data"),
        new("legal-drafting", "Help with legal or policy drafting"),
        new("other", "Other (describe under actions)"),
    ];

    private readonly DomainKit domain;

    internal CapabilityKit(DomainKit domain, CapabilityInfo capability)
    {
        this.domain = domain;
        Info = capability;
        Prefix = $"{domain.Code}.{capability.Code}";
    }

    public CapabilityInfo Info { get; }

    private string Prefix { get; }

    /// <summary>The capability's Figure 1 indicator, or null if the review reported none.</summary>
    public string? InPlaceIndicatorId { get; private set; }

    /// <summary>The share at each phase, 1 to 4.</summary>
    public IEnumerable<string> PhaseIndicatorIds =>
        Enumerable.Range(1, MaturityDescriptors.PhaseCount).Select(p => IndicatorId(PhaseItem(p)));

    private string Name => Info.Name.English;

    private static string PhaseItem(int phase) => $"phase-{phase.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private string ReviewQuestionId(string item) => $"{Prefix}.review.{item}";

    private string MaturityQuestionId(string field) => $"{Prefix}.maturity.{field}";

    public string IndicatorId(string item) => $"{Prefix}.{item}";

    /// <summary>
    /// The capability's row of the review's Figure 1: a yes/no review question and the share of
    /// countries answering yes among those that answered, named exactly as the figure labels it.
    /// </summary>
    public CapabilityKit InPlace(LocalizedText question, LocalizedText finding, LocalizedText? help, LocalizedText figure1Label, LocalizedText purpose, LocalizedText limitations)
    {
        InPlaceIndicatorId = IndicatorId(DomainKit.InPlaceItem);
        return Item(DomainKit.InPlaceItem, question, finding, help, figure1Label, purpose, limitations);
    }

    /// <summary>
    /// A yes/no review question and the share of countries giving <paramref name="counted"/> among those
    /// that answered; the indicator's item code is <paramref name="indicatorItem"/> when its meaning
    /// differs from the question's (e.g. counting no). <paramref name="finding"/> is the report's
    /// template for it (<see cref="FindingTemplate"/>).
    /// </summary>
    public CapabilityKit Item(string item, LocalizedText question, LocalizedText finding, LocalizedText? help, LocalizedText name, LocalizedText purpose, LocalizedText limitations, string counted = AnswerCodes.Yes, string? indicatorItem = null)
    {
        var questionId = ReviewQuestionId(item);
        domain.Finding(IndicatorId(indicatorItem ?? item), finding);
        domain.Builder.Question(NewQuestion(questionId, QuestionKind.YesNo, question, help, ReviewInstruments) with
        {
            AllowDontKnow = true,
            AllowNotApplicable = true,
        });
        return Indicator(
            indicatorItem ?? item,
            name,
            measures: $"Per cent of the countries answering yes or no that answered {counted} to: \"{question.English}\"",
            numerator: CountryRule.Answering(questionId, counted),
            denominator: CountryRule.Answered(questionId),
            new IndicatorMetadata(
                purpose,
                $"Countries answering {counted} to review question {questionId}, divided by the countries that answered it yes or no, " +
                "times 100. \"Don't know\", \"not applicable\" and no answer count in neither.",
                $"{limitations.English} {CommonLimitations}"));
    }

    /// <summary>
    /// Asks the review's respondents for an example of practice (SDK 1.3), where the review
    /// presented illustrative examples by country. Optional; the host records it in its library of
    /// good practice, shown beyond the secretariat only with the country's consent. Id
    /// <c>{domain}.{capability}.review.example</c>.
    /// </summary>
    public CapabilityKit Example(LocalizedText question, LocalizedText help)
    {
        domain.Builder.Question(NewQuestion(ReviewQuestionId("example"), QuestionKind.Example, question, help, ReviewInstruments) with { Required = false });
        return this;
    }

    internal void AddMaturityContent()
    {
        var phase = MaturityQuestionId("phase");
        var plan = MaturityQuestionId("plan");
        Question(phase, QuestionKind.MaturityPhase, $"{Name}: which phase best describes your country today?",
            "Read the four phase descriptions and choose the one that fits best overall, even if some parts of the next phase are already in place.",
            required: true);
        Question(MaturityQuestionId("evidence"), QuestionKind.Text, $"{Name}: what evidence supports this phase?",
            "Name laws, policies, programmes, reports or data the secretariat can refer to when validating the self-assessment.");
        Question(plan, QuestionKind.YesNo, $"{Name}: do you want to set an action plan in this self-assessment?",
            "Answer yes to record a target phase and the actions to reach it. A capability at phase 4 may still need a plan to sustain it.");
        Question(MaturityQuestionId("target-phase"), QuestionKind.MaturityPhase, "Which phase do you aim to reach?",
            "Choose a realistic target for the period of the plan.", shownWhen: plan);
        Question(MaturityQuestionId("actions"), QuestionKind.Text, "Which actions will take the country there?",
            "List the main steps, in order.", shownWhen: plan);
        Question(MaturityQuestionId("owner"), QuestionKind.Text, "Which institution owns the plan?",
            "Name the lead ministry, agency or body (a role, not a person).", shownWhen: plan);
        Question(MaturityQuestionId("timeline"), QuestionKind.Text, "By when should the target be reached, and with which milestones?",
            "For example: \"draft by June 2026, adopted by December 2026\".", shownWhen: plan);
        Question(MaturityQuestionId("support-wanted"), QuestionKind.MultipleChoice, "What support would help?",
            "The secretariat uses this to suggest peer exchanges and partners; an exchange only happens with every party's consent.",
            shownWhen: plan, options: SupportOptions);

        for (var p = 1; p <= MaturityDescriptors.PhaseCount; p++)
        {
            var code = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Indicator(
                PhaseItem(p),
                $"{Name}: phase {code}",
                $"Per cent of the countries that self-assessed {Name} whose phase is {code}.",
                CountryRule.Answering(phase, code),
                CountryRule.Answered(phase),
                new IndicatorMetadata(
                    $"Shows where countries stand on {Name}; with the other phases of the capability it gives the distribution across the four phases.",
                    $"Countries whose self-assessed phase ({phase}) is {code}, divided by the countries that gave a phase, times 100.",
                    PhaseLimitations));
        }

        domain.Finding(IndicatorId(EstablishedItem), $"{FindingTemplate.Countries} {FindingTemplate.Share} self-assessed {Name} at phase {EstablishedPhase} or above.");
        Indicator(
            EstablishedItem,
            $"{Name}: phase {EstablishedPhase} or above",
            $"Per cent of the countries that self-assessed {Name} whose phase is {EstablishedPhase} or higher.",
            CountryRule.AtPhaseOrAbove(phase, EstablishedPhase),
            CountryRule.Answered(phase),
            new IndicatorMetadata(
                $"A headline for {Name}: how many countries report the capability established or mature, and where support is most needed.",
                $"Countries whose self-assessed phase ({phase}) is {EstablishedPhase} or higher, divided by the countries that gave a phase, times 100.",
                PhaseLimitations));
    }

    private void Question(string id, QuestionKind kind, LocalizedText text, LocalizedText help, bool required = false, string? shownWhen = null, IReadOnlyList<AnswerOption>? options = null) =>
        domain.Builder.Question(NewQuestion(id, kind, text, help, MaturityInstruments) with
        {
            Options = options ?? [],
            Required = required,
            ShownWhen = shownWhen is null ? null : new ShowWhen(shownWhen, AnswerCodes.Yes),
        });

    private QuestionInfo NewQuestion(string id, QuestionKind kind, LocalizedText text, LocalizedText? help, IReadOnlyList<string> instruments) => new()
    {
        Id = id,
        CapabilityCode = Info.Code,
        Text = text,
        Help = help,
        Kind = kind,
        Instruments = instruments,
    };

    private CapabilityKit Indicator(string item, LocalizedText name, LocalizedText measures, CountryRule numerator, CountryRule denominator, IndicatorMetadata metadata)
    {
        domain.Builder.Indicator(new IndicatorInfo
        {
            Id = IndicatorId(item),
            CapabilityCode = Info.Code,
            Name = name,
            Measures = measures,
            Numerator = numerator,
            Denominator = denominator,
            Metadata = metadata,
        });
        return this;
    }
}

/// <summary>What the six plugins' visualizations share: the platform's colours and how a group reads.</summary>
internal static class VisualizationStyle
{
    /// <summary>The platform's first series colour (in place, counted).</summary>
    public const string Blue = "#1d5f8a";

    /// <summary>The platform's second series colour.</summary>
    public const string Orange = "#e0892b";

    /// <summary>What is not there or hidden: the platform's light grey.</summary>
    public const string Grey = "#9aa5b1";

    /// <summary>Colours for several series, in order (the platform's group colours).</summary>
    public static IReadOnlyList<string> Series { get; } = [Blue, Orange, "#4c9a6a", "#8a5aa8", Grey];

    /// <summary>A light-to-dark blue colour scale for shares from 0 to 100.</summary>
    public static IReadOnlyList<object[]> BlueScale { get; } = [[0, "#eef4fa"], [0.5, "#6baed6"], [1, "#08306b"]];

    /// <summary>A per cent axis's range.</summary>
    public static IReadOnlyList<int> PercentRange { get; } = [0, 100];

    /// <summary>A per cent axis's range for dots and lines, with room for a dot at 0 or 100.</summary>
    public static IReadOnlyList<int> PointPercentRange { get; } = [-4, 104];

    /// <summary>The ticks of a per cent axis.</summary>
    public static IReadOnlyList<int> PercentTicks { get; } = [0, 20, 40, 60, 80, 100];

    /// <summary>The share to draw, or null when the group is hidden or nobody answered.</summary>
    public static double? Share(VisualizationGroup? group) => group is { HasValue: true, Value: { } v } ? (double)v : null;

    /// <summary>The shares to draw, null (a gap) where a group is hidden or nobody answered.</summary>
    public static object?[] Shares(IEnumerable<VisualizationGroup?> groups) => [.. groups.Select(g => (object?)Share(g))];

    /// <summary>"76% (32 of 42)", or why the group is hidden, or "no answers".</summary>
    public static string Label(VisualizationGroup? group) => group switch
    {
        { IsHidden: true } => group.Hidden!,
        { Value: { } v, Numerator: { } n, Denominator: { } d } => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(v, MidpointRounding.AwayFromZero)}% ({n} of {d})"),
        _ => "no answers",
    };
}
