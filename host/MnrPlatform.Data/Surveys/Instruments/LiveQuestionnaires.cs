using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;

namespace MnrPlatform.Data.Surveys.Instruments;

/// <summary>
/// An instrument's questionnaire with the active plugins: the questions naming it, those the
/// secretariat picked for an instrument it made, or an explicit selection.
/// </summary>
internal sealed class LiveQuestionnaires(MnrDbContext db, FrameworkCatalog catalog)
{
    public async Task<Questionnaire> ForAsync(string instrumentCode, IReadOnlyList<string>? selection, CancellationToken cancellationToken)
    {
        if (selection is not null)
        {
            return Questionnaire.ForQuestions(catalog, instrumentCode, selection);
        }

        var picked = await PickedAsync(instrumentCode, cancellationToken);
        return For(instrumentCode, picked.Count > 0 ? picked : null);
    }

    public Questionnaire For(string instrumentCode, IReadOnlyList<string>? picked) =>
        picked is null ? Questionnaire.For(catalog, instrumentCode) : Questionnaire.ForQuestions(catalog, instrumentCode, picked);

    public async Task<IReadOnlyList<string>> PickedAsync(string instrumentCode, CancellationToken cancellationToken) =>
        await db.InstrumentQuestions.AsNoTracking().Where(q => q.InstrumentCode == instrumentCode)
            .OrderBy(q => q.Position).Select(q => q.QuestionId).ToListAsync(cancellationToken);
}
