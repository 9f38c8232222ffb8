using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>Each answer saved on its own, refusals kept beside what was typed, and failed saves kept and saved again.</summary>
public sealed class AnswerAutosaveTests
{
    private const string Phase = "policy.leadership.maturity.phase";
    private const string Evidence = "policy.leadership.maturity.evidence";

    private static readonly IReadOnlyDictionary<string, string> NoRefusal = new Dictionary<string, string>();

    /// <summary>A stand-in for the service: records what it is asked to save, fails while told to.</summary>
    private sealed class Store
    {
        public List<IReadOnlyDictionary<string, AnswerInput>> Saves { get; } = [];

        public bool DatabaseDown { get; set; }

        public Func<AnswerInput, string?> Refuse { get; set; } = _ => null;

        public Task<IReadOnlyDictionary<string, string>> SaveAsync(IReadOnlyDictionary<string, AnswerInput> inputs, CancellationToken cancellationToken)
        {
            if (DatabaseDown)
            {
                throw new InvalidOperationException("An exception has been raised that is likely due to a transient failure.");
            }

            var refusals = inputs.Where(i => Refuse(i.Value) is not null).ToDictionary(i => i.Key, i => Refuse(i.Value)!);
            if (refusals.Count == 0)
            {
                Saves.Add(inputs);
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(refusals.Count == 0 ? NoRefusal : refusals);
        }
    }

    // The pause is long enough that a loaded machine does not let it pass between two keystrokes of a test.
    private static AnswerAutosave Autosave(Store store) =>
        new(new Dictionary<string, AnswerView>(), store.SaveAsync) { TypingPause = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task A_choice_is_saved_at_once_and_counts_as_stored()
    {
        var store = new Store();
        using var autosave = Autosave(store);

        await autosave.EditAsync(new AnswerEdit(Phase, new AnswerInput("2"), Typed: false));

        Assert.Equal("2", Assert.Single(store.Saves)[Phase].Value);
        Assert.Equal(FieldSaveStatus.Saved, autosave.State(Phase).Status);
        Assert.Equal("2", autosave.Stored[Phase]);
    }

    [Fact]
    public async Task Typing_is_saved_once_after_it_pauses_with_the_last_text()
    {
        var store = new Store();
        using var autosave = Autosave(store);

        var first = autosave.EditAsync(new AnswerEdit(Evidence, new AnswerInput("The"), Typed: true));
        var second = autosave.EditAsync(new AnswerEdit(Evidence, new AnswerInput("The 2022"), Typed: true));
        Assert.Equal(FieldSaveStatus.Pending, autosave.State(Evidence).Status);
        var last = autosave.EditAsync(new AnswerEdit(Evidence, new AnswerInput("The 2022 strategy"), Typed: true));
        await Task.WhenAll(first, second, last);

        Assert.Equal("The 2022 strategy", Assert.Single(store.Saves)[Evidence].Value);
        Assert.Equal(FieldSaveStatus.Saved, autosave.State(Evidence).Status);
    }

    [Fact]
    public async Task A_refused_value_stays_on_the_page_with_the_refusal_and_nothing_is_stored()
    {
        var store = new Store { Refuse = input => input.Value == "9" ? "The answer is not a phase (1 to 4)." : null };
        using var autosave = Autosave(store);

        await autosave.EditAsync(new AnswerEdit(Phase, new AnswerInput("9"), Typed: false));

        Assert.Empty(store.Saves);
        Assert.Equal("9", autosave.Input(Phase).Value);
        Assert.Equal("The answer is not a phase (1 to 4).", autosave.Refusal(Phase));
        Assert.Equal(FieldSaveStatus.NotSaved, autosave.State(Phase).Status);
        Assert.False(autosave.Stored.ContainsKey(Phase));
        Assert.Empty(autosave.Unsaved);
    }

    [Fact]
    public async Task A_save_that_fails_keeps_the_answer_listed_as_unsaved_and_save_again_saves_it()
    {
        var store = new Store { DatabaseDown = true };
        using var autosave = Autosave(store);

        await autosave.EditAsync(new AnswerEdit(Phase, new AnswerInput("3", "Adopted in 2022"), Typed: false));

        Assert.Equal([Phase], autosave.Unsaved);
        Assert.Equal(new FieldSave(FieldSaveStatus.NotSaved, AnswerAutosave.FailedReason), autosave.State(Phase));
        Assert.Equal(new AnswerInput("3", "Adopted in 2022"), autosave.Input(Phase));
        Assert.Empty(store.Saves);

        await autosave.RetryAsync();
        Assert.Equal([Phase], autosave.Unsaved);

        store.DatabaseDown = false;
        await autosave.RetryAsync();
        Assert.Empty(autosave.Unsaved);
        Assert.Equal(new AnswerInput("3", "Adopted in 2022"), Assert.Single(store.Saves)[Phase]);
        Assert.Equal(FieldSaveStatus.Saved, autosave.State(Phase).Status);
    }

    [Fact]
    public async Task The_next_successful_save_saves_the_unsaved_answers_too()
    {
        var store = new Store { DatabaseDown = true };
        using var autosave = Autosave(store);
        await autosave.EditAsync(new AnswerEdit(Phase, new AnswerInput("3"), Typed: false));

        store.DatabaseDown = false;
        await autosave.EditAsync(new AnswerEdit(Evidence, new AnswerInput("The 2022 strategy"), Typed: false));

        Assert.Empty(autosave.Unsaved);
        Assert.Equal([Evidence, Phase], store.Saves.Select(s => s.Keys.Single()));
        Assert.Equal(FieldSaveStatus.Saved, autosave.State(Phase).Status);
    }
}
