using System.Globalization;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Components.Questionnaire;

/// <summary>
/// The interactive questionnaire's answers: each change is saved on its own (typing after a pause,
/// a choice at once), one save at a time. A refused answer keeps what was typed with the refusal; an
/// answer whose save failed (database or connection) stays on the page in <see cref="Unsaved"/> and
/// is saved again by <see cref="RetryAsync"/>, which runs after the next successful save, on the
/// page's timer and from its "Save again" button. Nothing typed is dropped silently.
/// </summary>
public sealed class AnswerAutosave : IAnswerSource, IDisposable
{
    /// <summary>The reason given for an answer whose save failed (English; the page words it in its language).</summary>
    public const string FailedReason = "the connection to the server or the database failed. The answer is kept on this page and saved again automatically, or with \"Save again\".";

    private readonly Func<IReadOnlyDictionary<string, AnswerInput>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> save;
    private readonly Dictionary<string, AnswerInput> inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldSave> states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);
    private readonly List<string> unsaved = [];
    private readonly Dictionary<string, CancellationTokenSource> pauses = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly CancellationTokenSource disposed = new();

    /// <param name="answers">The stored answers.</param>
    /// <param name="save">Saves some answers, all or nothing; returns the refusals by question id.</param>
    public AnswerAutosave(
        IReadOnlyDictionary<string, AnswerView> answers,
        Func<IReadOnlyDictionary<string, AnswerInput>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> save)
    {
        ArgumentNullException.ThrowIfNull(answers);
        this.save = save;
        foreach (var (id, answer) in answers)
        {
            inputs[id] = new AnswerInput(answer.Value, answer.Comment, answer.EvidenceUrl);
            values[id] = answer.Value;
            // A carried-forward answer shows on the page but counts once saved (confirmed).
            if (answer.CarriedFrom is null)
            {
                stored[id] = answer.Value;
            }
        }
    }

    /// <summary>Raised when a field's state changes outside an event of the page (after a pause or a save).</summary>
    public event Action? Changed;

    /// <summary>How long typing must pause before the answer is saved.</summary>
    public TimeSpan TypingPause { get; init; } = TimeSpan.FromMilliseconds(600);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Values => values;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Stored => stored;

    /// <summary>The questions whose answers are on the page but not saved (the save failed), in the order they failed.</summary>
    public IReadOnlyList<string> Unsaved => unsaved;

    /// <summary>True while a change waits for its save or is being saved.</summary>
    public bool Busy => states.Values.Any(s => s.Status is FieldSaveStatus.Pending or FieldSaveStatus.Saving);

    /// <inheritdoc />
    public AnswerInput Input(string questionId) => inputs.GetValueOrDefault(questionId) ?? new AnswerInput(null);

    /// <inheritdoc />
    public string? Refusal(string questionId) => errors.GetValueOrDefault(questionId);

    /// <inheritdoc />
    public FieldSave State(string questionId) => states.GetValueOrDefault(questionId) ?? FieldSave.Unchanged;

    /// <summary>Takes a change: typing is saved once it pauses, a choice at once.</summary>
    public async Task EditAsync(AnswerEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var id = edit.QuestionId;
        inputs[id] = edit.Input;
        if (edit.Input.Value is { Length: > 0 } value)
        {
            values[id] = value;
        }
        else
        {
            values.Remove(id);
        }

        states[id] = new FieldSave(FieldSaveStatus.Pending);
        // The newer change takes the question's pause before the older one is cancelled, so a burst saves once.
        pauses.Remove(id, out var previous);
        var pause = edit.Typed ? CancellationTokenSource.CreateLinkedTokenSource(disposed.Token) : null;
        var paused = CancellationToken.None;
        if (pause is not null)
        {
            pauses[id] = pause;
            paused = pause.Token;
        }

        if (previous is not null)
        {
            await previous.CancelAsync();
            previous.Dispose();
        }

        if (pause is not null)
        {
            try
            {
                await Task.Delay(TypingPause, paused);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (pauses.TryGetValue(id, out var current) && current == pause)
            {
                pauses.Remove(id);
            }

            pause.Dispose();
        }

        if (await SaveAsync(id) && unsaved.Count > 0)
        {
            await RetryAsync();
        }
    }

    /// <summary>Saves every change still waiting for a pause in typing, now (before sending the answers).</summary>
    public async Task FlushAsync()
    {
        foreach (var (id, pause) in pauses.ToList())
        {
            pauses.Remove(id);
            await pause.CancelAsync();
            pause.Dispose();
            await SaveAsync(id);
        }
    }

    /// <summary>Saves again the answers whose save failed, one by one.</summary>
    public async Task RetryAsync()
    {
        foreach (var id in unsaved.ToList())
        {
            if (!await SaveAsync(id))
            {
                return;
            }
        }
    }

    private async Task<bool> SaveAsync(string id)
    {
        await oneAtATime.WaitAsync(disposed.Token);
        try
        {
            var input = inputs[id];
            states[id] = new FieldSave(FieldSaveStatus.Saving);
            Changed?.Invoke();
            var refusals = await save(new Dictionary<string, AnswerInput>(StringComparer.Ordinal) { [id] = input }, disposed.Token);
            unsaved.Remove(id);
            if (refusals.Count > 0)
            {
                errors[id] = string.Join(" ", refusals.Values);
                states[id] = new FieldSave(FieldSaveStatus.NotSaved, errors[id]);
                return true;
            }

            errors.Remove(id);
            if (input.Value is { Length: > 0 } value)
            {
                stored[id] = value;
            }
            else
            {
                stored.Remove(id);
            }

            // A newer change made during the save keeps its own state (pending).
            if (inputs[id] == input)
            {
                states[id] = new FieldSave(FieldSaveStatus.Saved);
            }

            return true;
        }
        catch (SubmissionStateException e)
        {
            unsaved.Remove(id);
            states[id] = new FieldSave(FieldSaveStatus.NotSaved, e.In(CultureInfo.CurrentUICulture));
            return false;
        }
        catch (Exception) when (!disposed.IsCancellationRequested)
        {
            if (!unsaved.Contains(id))
            {
                unsaved.Add(id);
            }

            states[id] = new FieldSave(FieldSaveStatus.NotSaved, FailedReason);
            return false;
        }
        finally
        {
            oneAtATime.Release();
            Changed?.Invoke();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        disposed.Cancel();
        foreach (var pause in pauses.Values)
        {
            pause.Dispose();
        }

        // The token source and the gate stay undisposed: a save still running ends on them.
        pauses.Clear();
    }
}
