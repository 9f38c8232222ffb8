using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>One of a country's questionnaires: an instrument of a round, and how far the country is.</summary>
/// <param name="Round">The round.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Key">The submission it is (or would be).</param>
/// <param name="Submission">The country's submission; null when not started.</param>
public sealed record CountryQuestionnaire(RoundSummary Round, InstrumentView Instrument, SubmissionKey Key, SubmissionSummary? Submission);

/// <summary>
/// A focal point's questionnaires: every instrument of an open round (started or not), and in the
/// other rounds the ones the country answered.
/// </summary>
internal static class CountryQuestionnaires
{
    public static async Task<IReadOnlyList<CountryQuestionnaire>> LoadAsync(
        SubmissionReader submissions, AccessScope scope, IReadOnlyList<RoundOverview> rounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Level != ScopeLevel.Country || scope.CountryIso3 is not { } country)
        {
            return [];
        }

        var rows = new List<CountryQuestionnaire>();
        foreach (var overview in rounds.Where(r => r.Round.Status == RoundStatus.Open || r.Total > 0))
        {
            var own = await submissions.ListAsync(scope, overview.Round.Code, SubmissionFilter.None, cancellationToken);
            foreach (var instrument in overview.Instruments)
            {
                var submission = own.FirstOrDefault(s => s.Key.InstrumentCode == instrument.Code);
                if (submission is not null || overview.Round.Status == RoundStatus.Open)
                {
                    rows.Add(new CountryQuestionnaire(overview.Round, instrument, new SubmissionKey(overview.Round.Code, country, instrument.Code), submission));
                }
            }
        }

        return rows;
    }
}
