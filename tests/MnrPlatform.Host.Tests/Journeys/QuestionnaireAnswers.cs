using Microsoft.Playwright;

namespace MnrPlatform.Host.Tests.Journeys;

/// <summary>
/// Answers whatever a questionnaire shows as required and unanswered, as a person would: the first
/// option of a choice, a number, a sentence; again until nothing is missing (answers make
/// conditional questions appear).
/// </summary>
internal static class QuestionnaireAnswers
{
    // Required questions without an answer, each as [question id, kind, input id].
    private const string FindUnanswered = """
        () => [...document.querySelectorAll('[data-testid=question]')]
          .filter(q => q.querySelector('.question-label.required'))
          .map(q => {
            const id = q.dataset.question;
            const options = [...q.querySelectorAll('input[type=radio][id^="a-"], input[type=checkbox][id^="a-"]')];
            if (options.length > 0) {
              return options.some(o => o.checked) ? null : [id, 'choice', options[0].id];
            }
            const special = [...q.querySelectorAll('input[type=radio][id^="s-"]')].some(s => s.checked && s.value !== '');
            const field = q.querySelector('input.number-input[id^="a-"], textarea.answer-input[id^="a-"]');
            if (!field || special || field.value.trim() !== '') return null;
            return [id, field.classList.contains('number-input') ? 'number' : 'text', field.id];
          })
          .filter(x => x !== null)
        """;

    /// <summary>Answers every required question shown, waits for each save, and returns how many it answered.</summary>
    public static async Task<int> AnswerAllRequiredAsync(IPage page)
    {
        var answered = 0;
        for (var pass = 0; pass < 20; pass++)
        {
            var open = await page.EvaluateAsync<string[][]>(FindUnanswered);
            if (open.Length == 0)
            {
                return answered;
            }

            foreach (var (question, kind, inputId) in open.Select(q => (q[0], q[1], q[2])))
            {
                var input = $"[id='{inputId}']";
                await AnswerAsync(page, question, kind switch
                {
                    "choice" => () => page.CheckAsync(input),
                    "number" => () => page.FillAsync(input, "1"),
                    _ => () => page.FillAsync(input, "Answered in the first-round journey."),
                });
                answered++;
            }
        }

        throw new InvalidOperationException("Required questions kept appearing after 20 passes.");
    }

    /// <summary>Changes an answer and waits until the page says it is saved (a save of its own, not an earlier one).</summary>
    public static async Task AnswerAsync(IPage page, string questionId, Func<Task> change)
    {
        var saveState = $"[data-question='{questionId}'] [data-testid=save-state]";
        await page.EvaluateAsync("selector => { const s = document.querySelector(selector); if (s) s.dataset.state = 'stale'; }", saveState);
        await change();
        await page.WaitForSelectorAsync($"{saveState}[data-state=saved]", new PageWaitForSelectorOptions { Timeout = 15_000 });
    }
}
