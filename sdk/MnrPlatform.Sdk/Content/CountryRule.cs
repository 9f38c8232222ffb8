namespace MnrPlatform.Sdk.Content;

/// <summary>
/// A declarative rule that says which countries count, evaluated by the host over a round's
/// answers. Indicators are a numerator rule over a denominator rule, e.g.
/// <c>CountryRule.Answering(q, AnswerCodes.Yes)</c> over <c>CountryRule.Answered(q)</c>.
/// </summary>
public abstract record CountryRule
{
    private protected CountryRule()
    {
    }

    /// <summary>The ids of every question the rule reads.</summary>
    public abstract IEnumerable<string> QuestionIds { get; }

    /// <summary>Countries that gave an answer other than "don't know" or "not applicable".</summary>
    public static CountryRule Answered(string questionId) => new AnsweredRule(questionId);

    /// <summary>Countries whose answer is one of <paramref name="answerCodes"/> (for multiple choice: includes one of them).</summary>
    public static CountryRule Answering(string questionId, params string[] answerCodes) => new AnswerInRule(questionId, answerCodes);

    /// <summary>Countries that assessed a maturity-phase question at <paramref name="phase"/> or higher.</summary>
    public static CountryRule AtPhaseOrAbove(string questionId, int phase) => new PhaseAtLeastRule(questionId, phase);

    /// <summary>Countries that satisfy every rule.</summary>
    public static CountryRule AllOf(params CountryRule[] rules) => new AllOfRule(rules);

    /// <summary>
    /// Countries for which <paramref name="predicate"/> holds: plugin code the host runs at compute
    /// time, for what the declarative rules cannot say. Prefer the declarative rules: they are
    /// described to readers of the metadata sheet automatically.
    /// </summary>
    /// <param name="description">What the rule counts, in words, for the metadata sheet.</param>
    /// <param name="questionIds">Every question the predicate reads.</param>
    /// <param name="predicate">Decides for one country; it must not throw (if it does, the host reports the indicator as failed).</param>
    public static CountryRule Where(LocalizedText description, IReadOnlyList<string> questionIds, Func<ICountryAnswers, bool> predicate) =>
        new PredicateRule(description, questionIds, predicate);
}

/// <summary>Countries that gave an answer other than "don't know" or "not applicable".</summary>
/// <param name="QuestionId">The question.</param>
public sealed record AnsweredRule(string QuestionId) : CountryRule
{
    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds => [QuestionId];
}

/// <summary>Countries whose answer is one of the given codes.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="AnswerCodes">The answer codes that count.</param>
public sealed record AnswerInRule(string QuestionId, IReadOnlyList<string> AnswerCodes) : CountryRule
{
    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds => [QuestionId];

    /// <summary>Rules are equal when they read the same question and count the same codes, in order.</summary>
    public bool Equals(AnswerInRule? other) =>
        other is not null && QuestionId == other.QuestionId && AnswerCodes.SequenceEqual(other.AnswerCodes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(QuestionId, AnswerCodes.Count);
}

/// <summary>Countries at a maturity phase or above.</summary>
/// <param name="QuestionId">A <see cref="QuestionKind.MaturityPhase"/> question.</param>
/// <param name="Phase">The lowest phase that counts, 1 to 4.</param>
public sealed record PhaseAtLeastRule(string QuestionId, int Phase) : CountryRule
{
    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds => [QuestionId];
}

/// <summary>Countries that satisfy every one of the rules.</summary>
/// <param name="Rules">The rules, at least one.</param>
public sealed record AllOfRule(IReadOnlyList<CountryRule> Rules) : CountryRule
{
    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds => Rules.SelectMany(r => r.QuestionIds);

    /// <summary>Rules are equal when they combine equal rules, in order.</summary>
    public bool Equals(AllOfRule? other) => other is not null && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => Rules.Count;
}

/// <summary>Countries for which plugin code decides; see <see cref="CountryRule.Where"/>.</summary>
/// <param name="Description">What the rule counts, in words.</param>
/// <param name="ReadsQuestions">Every question the predicate reads.</param>
/// <param name="Predicate">Decides for one country.</param>
public sealed record PredicateRule(LocalizedText Description, IReadOnlyList<string> ReadsQuestions, Func<ICountryAnswers, bool> Predicate) : CountryRule
{
    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds => ReadsQuestions;
}
