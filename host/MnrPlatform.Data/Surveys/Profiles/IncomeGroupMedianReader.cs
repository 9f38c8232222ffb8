using System.Globalization;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>
/// The median phase per capability over the validated countries of a country's income group in a
/// round (the round's income classification), for reading a country's profile against its peers
/// without naming any of them.
/// </summary>
/// <remarks>
/// The profile is a page the secretariat and the country's focal points share, so the median gets
/// the same small-cell rule for every viewer, the secretariat included: it is shown only when at
/// least k (<see cref="DisclosureOptions.MinimumCellSize"/>) countries of the group gave a phase.
/// A median is not a sum, so no complementary suppression is needed: hidden medians cannot be
/// recovered from the shown ones.
/// </remarks>
public sealed class IncomeGroupMedianReader(RoundRespondentReader respondents, FrameworkCatalog catalog, IOptions<DisclosureOptions> disclosure)
{
    /// <summary>The medians of <paramref name="countryIso3"/>'s income group in <paramref name="roundCode"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    public async Task<IncomeGroupMedians> ReadAsync(string roundCode, string countryIso3, CancellationToken cancellationToken) =>
        Compute(
            roundCode,
            await respondents.ReadAsync(roundCode, includeUnvalidated: false, cancellationToken),
            countryIso3,
            catalog,
            disclosure.Value.MinimumCellSize);

    /// <summary>
    /// The medians of <paramref name="countryIso3"/>'s income group among <paramref name="round"/>'s
    /// respondents, each hidden when fewer than <paramref name="minimumCellSize"/> countries gave a phase.
    /// </summary>
    public static IncomeGroupMedians Compute(string roundCode, IReadOnlyList<Respondent> round, string countryIso3, FrameworkCatalog catalog, int minimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(catalog);
        var k = DisclosureRule.SmallCells(minimumCellSize).MinimumCellSize;
        if (round.FirstOrDefault(r => r.CountryIso3 == countryIso3)?.IncomeGroup is not { } group)
        {
            return new IncomeGroupMedians(roundCode, null, k, new Dictionary<string, GroupMedian>(StringComparer.Ordinal));
        }

        var peers = round.Where(r => r.IncomeGroup == group).ToList();
        var medians = new Dictionary<string, GroupMedian>(StringComparer.Ordinal);
        foreach (var capability in catalog.Capabilities)
        {
            if (catalog.PhaseQuestion(capability.Item.Code) is not { } question)
            {
                continue;
            }

            var phases = peers.Select(r => r.Answers.ValuesOf(question.Id))
                .Where(v => v.Count == 1 && int.TryParse(v[0], CultureInfo.InvariantCulture, out _))
                .Select(v => int.Parse(v[0], CultureInfo.InvariantCulture))
                .ToList();
            if (phases.Count == 0)
            {
                continue;
            }

            var hidden = phases.Count < k;
            medians[capability.Item.Code] = new GroupMedian(capability.Item.Code, phases.Count, hidden ? null : PhaseMedian.Of(phases), hidden);
        }

        return new IncomeGroupMedians(roundCode, IncomeGroups.DisplayName(group), k, medians);
    }
}
