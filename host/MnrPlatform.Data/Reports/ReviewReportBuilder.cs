using Microsoft.EntityFrameworkCore;
using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reports;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// Writes a round's <see cref="ReviewReport"/> from its validated answers and the plugins' indicators,
/// under the disclosure rule of the report's audience (the secretariat unsuppressed, the public with
/// small cells suppressed). Each domain's section is built from the plugin's capabilities and
/// indicators, in the plugin's words where it supplies a report section (SDK 1.1: an introduction and
/// finding templates), in the generic wording of <see cref="FindingPredicate"/> elsewhere.
/// </summary>
public sealed class ReviewReportBuilder(MnrDbContext db, FrameworkCatalog catalog, IndicatorEngine engine, IndicatorResultService results)
{
    private static readonly Breakdown[] Breakdowns = [Breakdown.All, Breakdown.IncomeBand];

    /// <summary>The disclosure rule of <paramref name="audience"/> with k = <paramref name="minimumCellSize"/>.</summary>
    public static DisclosureRule RuleFor(ReportAudience audience, int minimumCellSize) =>
        audience == ReportAudience.Secretariat ? DisclosureRule.Unrestricted : DisclosureRule.SmallCells(minimumCellSize);

    /// <summary>The report of round <paramref name="roundCode"/> for <paramref name="audience"/>, in English.</summary>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    /// <exception cref="InvalidOperationException">A public report of a round that is not published.</exception>
    public Task<ReviewReport> BuildAsync(string roundCode, ReportAudience audience, int minimumCellSize, CancellationToken cancellationToken) =>
        BuildAsync(roundCode, audience, minimumCellSize, CultureInfo.InvariantCulture, cancellationToken);

    /// <summary>
    /// The report of round <paramref name="roundCode"/> for <paramref name="audience"/> in <paramref name="culture"/>
    /// (<see cref="ReportLanguages"/>): the report's words, and the plugins' names, introductions and finding templates in
    /// their translation (English where a plugin has none).
    /// </summary>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    /// <exception cref="InvalidOperationException">A public report of a round that is not published.</exception>
    public async Task<ReviewReport> BuildAsync(string roundCode, ReportAudience audience, int minimumCellSize, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var round = (await new RoundDirectory(db).ListAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Code, roundCode, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"There is no survey round '{roundCode}'.");
        if (audience == ReportAudience.Public && round.Status != RoundStatus.Published)
        {
            throw new InvalidOperationException($"Round {roundCode} is not published: a public report needs a published round (a secretariat report does not).");
        }

        var respondents = await new RoundRespondentReader(db, catalog).ReadAsync(roundCode, includeUnvalidated: false, cancellationToken);
        var request = await new RoundStamps(db).RequestAsync(roundCode, includeUnvalidated: false, cancellationToken);
        var rule = RuleFor(audience, minimumCellSize);
        var shown = (await results.GetShownAsync(rule, request, catalog.Indicators, Breakdowns, cancellationToken))
            .ToLookup(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        var context = new Context(catalog, shown, respondents.Count, minimumCellSize, audience, culture);
        var instrumentNames = await InstrumentNamesAsync(culture, cancellationToken);

        var figureNumber = 1;
        var snapshot = Snapshot(context);
        var domains = new List<DomainSection>();
        foreach (var domain in catalog.Domains)
        {
            var section = DomainSectionOf(context, domain.Content, figureNumber + 1);
            figureNumber += section.Figures.Count;
            domains.Add(section);
        }

        var used = domains.SelectMany(d => d.Capabilities).SelectMany(c => c.Findings).Select(f => f.IndicatorId)
            .Concat(snapshot.Rows.Select(r => r.IndicatorId)).ToHashSet(StringComparer.Ordinal);
        return new ReviewReport(
            ReportWords.Format("Title", culture, round.Name),
            audience,
            round,
            minimumCellSize,
            Method(respondents, instrumentNames, audience, minimumCellSize, culture),
            snapshot,
            domains,
            [.. catalog.Indicators.Where(i => used.Contains(i.Item.Id)).Select(i => Annex(i.Item, instrumentNames, audience, minimumCellSize, culture))])
        {
            Culture = culture,
        };
    }

    // Figure 1: the "in place" indicators, or when the round has none, every "phase p or above" indicator.
    private ReportFigure Snapshot(Context context)
    {
        var headline = engine.SnapshotIndicators.Where(i => context.HasAnswers(i.Item.Id)).ToList();
        var title = ReportWords.Get("Snapshot.InPlace", context.Culture);
        if (headline.Count == 0)
        {
            headline = [.. catalog.Indicators.Where(i => i.Item.Numerator is PhaseAtLeastRule && context.HasAnswers(i.Item.Id))];
            title = ReportWords.Get("Snapshot.Established", context.Culture);
        }

        var rows = headline.Select(i => new FigureRow(i.Item.Id, ReportWords.Of(i.Item.Name, context.Culture), context.Overall(i.Item.Id)!))
            .OrderBy(r => r.Group.IsPublished ? 0 : 1)
            .ThenByDescending(r => r.Group.Value)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return new ReportFigure(1, title, rows, context.FigureNote(rows));
    }

    // The plugin's section when it supplies one (its introduction and finding templates), the generic
    // wording for everything it leaves out.
    private static DomainSection DomainSectionOf(Context context, DomainContent content, int figureNumber)
    {
        // A template the plugin has not translated gives way to the generic wording in the report's language.
        var culture = context.Culture;
        var templates = (content.ReportSection?.Findings ?? []).Where(t => ReportWords.Has(t.Text, culture))
            .ToDictionary(t => t.IndicatorId, t => ReportWords.Of(t.Text, culture), StringComparer.Ordinal);
        var capabilities = content.Capabilities
            .Select(c => new CapabilitySection(c.Code, ReportWords.Of(c.Name, culture), FindingsOf(context, content.Indicators.Where(i => i.CapabilityCode == c.Code), templates)))
            .Where(c => c.Findings.Count > 0)
            .ToList();
        var rows = capabilities.SelectMany(c => c.Findings)
            .Select(f => new FigureRow(f.IndicatorId, f.IndicatorName, context.Overall(f.IndicatorId)!))
            .ToList();
        var figures = new List<ReportFigure>();
        if (rows.Count > 0)
        {
            figures.Add(new ReportFigure(figureNumber, ReportWords.Format("Domain.Figure", culture, ReportWords.Of(content.Domain.Name, culture)), rows, context.FigureNote(rows)));
        }

        // By income group: only the indicators whose finding compares the groups (both published, each large enough).
        var income = capabilities.SelectMany(c => c.Findings).Where(f => f.IncomeText is not null)
            .SelectMany(f => new[]
            {
                new FigureRow(f.IndicatorId, ReportWords.Format("Row.High", culture, f.IndicatorName), context.Band(f.IndicatorId, BreakdownGroups.HighIncome)!),
                new FigureRow(f.IndicatorId, ReportWords.Format("Row.Low", culture, f.IndicatorName), context.Band(f.IndicatorId, BreakdownGroups.LowAndMiddleIncome)!),
            })
            .ToList();
        if (income.Count > 0)
        {
            figures.Add(new ReportFigure(
                figureNumber + figures.Count,
                ReportWords.Format("Domain.IncomeFigure", culture, ReportWords.Of(content.Domain.Name, culture)),
                income,
                ReportWords.Get("Domain.IncomeNote", culture)));
        }

        var introduction = (content.ReportSection?.Introduction ?? []).Select(p => ReportWords.Of(p, culture)).ToList();
        return new DomainSection(content.Domain.Code, ReportWords.Of(content.Domain.Name, culture), ReportWords.Of(content.Domain.Description, culture), introduction, capabilities, figures);
    }

    // One finding per indicator with answers; the share at each self-assessed phase joins the finding of
    // its question's "phase p or above" indicator instead of standing alone.
    private static List<Finding> FindingsOf(Context context, IEnumerable<IndicatorInfo> indicators, Dictionary<string, string> templates)
    {
        var answered = indicators.Where(i => context.HasAnswers(i.Id)).ToList();
        var headlines = answered.Select(i => i.Numerator).OfType<PhaseAtLeastRule>().Select(r => r.QuestionId).ToHashSet(StringComparer.Ordinal);
        var folded = answered.Select(context.PhaseOf).OfType<ExactPhase>().Where(p => headlines.Contains(p.QuestionId)).ToList();
        return
        [
            .. answered
                .Where(i => !folded.Any(p => p.Indicator.Id == i.Id))
                .Select(i => context.FindingOf(
                    i,
                    templates.GetValueOrDefault(i.Id),
                    i.Numerator is PhaseAtLeastRule headline ? [.. folded.Where(p => p.QuestionId == headline.QuestionId).OrderBy(p => p.Phase, StringComparer.Ordinal)] : [])),
        ];
    }

    // The store's instruments, and the plugins' declarations for any the store does not know yet; in another
    // language than English, the plugins' translated names win over the store's (English) copies.
    private async Task<Dictionary<string, Instrument>> InstrumentNamesAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        var declared = catalog.Instruments.ToDictionary(
            i => i.Code,
            i => new Instrument { Code = i.Code, Name = ReportWords.Of(i.Info.Name, culture), RespondentType = ReportWords.Of(i.Info.RespondentType, culture) },
            StringComparer.Ordinal);
        var names = new Dictionary<string, Instrument>(declared, StringComparer.Ordinal);
        foreach (var stored in await db.Instruments.AsNoTracking().ToListAsync(cancellationToken))
        {
            names[stored.Code] = ReportWords.IsEnglish(culture) || !declared.TryGetValue(stored.Code, out var translated) ? stored : translated;
        }

        return names;
    }

    private static ReportMethod Method(IReadOnlyList<Respondent> respondents, Dictionary<string, Instrument> names, ReportAudience audience, int k, CultureInfo culture)
    {
        var instruments = respondents.SelectMany(r => r.Instruments.Distinct(StringComparer.Ordinal))
            .GroupBy(i => i, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => names.GetValueOrDefault(g.Key) is { } known
                ? new InstrumentFact(g.Key, known.Name, known.RespondentType, g.Count())
                : new InstrumentFact(g.Key, g.Key, ReportWords.Get("Instrument.Respondent", culture), g.Count()))
            .ToList();
        var compared = ReportWords.Format("Disclosure.Compared", culture, k);
        var disclosure = audience == ReportAudience.Public
            ? ReportWords.Format("Disclosure.Public", culture, k, compared)
            : ReportWords.Format("Disclosure.Secretariat", culture, ReportWords.Get("Banner", culture), compared);
        return new ReportMethod(respondents.Count, instruments, disclosure);
    }

    private AnnexRow Annex(IndicatorInfo indicator, Dictionary<string, Instrument> names, ReportAudience audience, int k, CultureInfo culture) => new(
        indicator.Id,
        ReportWords.Of(indicator.Name, culture),
        ReportWords.Of(indicator.Metadata.Computation, culture),
        RuleText.Describe(indicator.Denominator, catalog, culture),
        string.Join(culture.TwoLetterISOLanguageName == "ar" ? "، " : ", ", RuleText.Instruments(indicator.Denominator, catalog).Select(i => names.GetValueOrDefault(i)?.Name ?? i)),
        audience == ReportAudience.Public
            ? ReportWords.Format("Annex.SuppressionPublic", culture, k)
            : ReportWords.Get("Annex.SuppressionSecretariat", culture));

    // An indicator that counts the countries at exactly one self-assessed phase of a question.
    private sealed record ExactPhase(IndicatorInfo Indicator, string QuestionId, string Phase);

    // What every part of the report reads: the round's results as the audience may see them.
    private sealed class Context(FrameworkCatalog catalog, ILookup<string, ShownResult> shown, int countries, int k, ReportAudience audience, CultureInfo culture)
    {
        public CultureInfo Culture => culture;

        public ShownGroup? Overall(string id) => Result(id, Breakdown.All)?.Overall;

        public ShownGroup? Band(string id, string code) => Result(id, Breakdown.IncomeBand)?.Group(code);

        public bool HasAnswers(string id) => Overall(id) is { Denominator: > 0 } or { Suppression: not Suppression.None };

        public Finding FindingOf(IndicatorInfo indicator, string? template, IReadOnlyList<ExactPhase> phases)
        {
            var overall = Overall(indicator.Id)!;
            var text = Result(indicator.Id, Breakdown.All)?.Fault is not null
                ? ReportWords.Get("Finding.Fault", culture)
                : (template is null
                    ? FindingText.Sentence(overall, countries, FindingPredicate.Of(indicator, catalog, culture), culture)
                    : FindingText.FromTemplate(template, overall, countries, culture))
                    ?? ReportWords.Format(audience == ReportAudience.Public ? "Finding.WithheldPublic" : "Finding.WithheldSecretariat", culture, k);
            var income = overall.IsPublished
                ? FindingText.IncomeDifference(Band(indicator.Id, BreakdownGroups.HighIncome), Band(indicator.Id, BreakdownGroups.LowAndMiddleIncome), k, culture)
                : null;
            var parts = phases.Select(p => new FindingPart(
                p.Indicator.Id,
                ReportWords.Format("Finding.Phase", culture, p.Phase, Overall(p.Indicator.Id) is { IsPublished: true } group ? FindingText.Share(group, culture) : ReportWords.Get("Withheld", culture))));
            return new Finding(indicator.Id, ReportWords.Of(indicator.Name, culture), text, income, [.. parts]);
        }

        // The phase an indicator counts when it is the share of countries at exactly one self-assessed phase.
        public ExactPhase? PhaseOf(IndicatorInfo indicator) =>
            indicator.Numerator is AnswerInRule { AnswerCodes: [var phase] } answer && catalog.Question(answer.QuestionId)?.Item.Kind == QuestionKind.MaturityPhase
                ? new ExactPhase(indicator, answer.QuestionId, phase)
                : null;

        public string FigureNote(IReadOnlyList<FigureRow> rows)
        {
            var withheld = rows.Count(r => !r.Group.IsPublished);
            var note = ReportWords.Get("FigureNote", culture);
            return withheld == 0 ? note : ReportWords.Format("FigureNote.Withheld", culture, note, withheld);
        }

        private ShownResult? Result(string id, Breakdown breakdown) => shown[id].FirstOrDefault(r => r.Breakdown == breakdown);
    }
}
