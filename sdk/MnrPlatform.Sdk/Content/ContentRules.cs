namespace MnrPlatform.Sdk.Content;

/// <summary>The rules a plugin's content must follow; each problem names the item and how to fix it.</summary>
internal static class ContentRules
{
    public static IReadOnlyList<string> Check(
        IReadOnlyList<DomainInfo> domains,
        IReadOnlyList<CapabilityInfo> capabilities,
        IReadOnlyList<QuestionInfo> questions,
        IReadOnlyList<IndicatorInfo> indicators,
        IReadOnlyList<ChartInfo> charts,
        IReadOnlyList<ReportSectionInfo> reportSections,
        IReadOnlyList<InstrumentInfo> instruments)
    {
        var problems = new List<string>();
        if (domains.Count != 1)
        {
            problems.Add($"Call Domain(...) exactly once; it was called {domains.Count} time(s).");
        }

        foreach (var domain in domains)
        {
            CheckCode(problems, "domain", domain.Code);
        }

        CheckUnique(problems, "capability", capabilities.Select(c => c.Code));
        CheckUnique(problems, "question", questions.Select(q => q.Id));
        CheckUnique(problems, "indicator", indicators.Select(i => i.Id));
        CheckUnique(problems, "chart", charts.Select(c => c.Id));
        CheckUnique(problems, "instrument", instruments.Select(i => i.Code));

        var capabilityCodes = capabilities.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var questionsById = questions.GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var indicatorsById = indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var indicatorIds = indicatorsById.Keys.ToHashSet(StringComparer.Ordinal);

        foreach (var capability in capabilities)
        {
            if (capability.MnrNumber is < 0 or > 21)
            {
                problems.Add($"Capability '{capability.Code}': MnrNumber {capability.MnrNumber} is outside 1..21 (use 0 for a capability outside the MNR).");
            }
        }

        foreach (var question in questions)
        {
            CheckQuestion(problems, question, capabilityCodes, questionsById);
        }

        foreach (var indicator in indicators)
        {
            CheckIndicator(problems, indicator, capabilityCodes, questionsById);
        }

        foreach (var chart in charts)
        {
            ChartRules.Check(problems, chart, indicatorsById, questionsById);
        }

        if (reportSections.Count > 1)
        {
            problems.Add($"Call ReportSection(...) at most once; it was called {reportSections.Count} times.");
        }

        foreach (var section in reportSections)
        {
            ReportSectionRules.Check(problems, section, indicatorIds);
        }

        return problems;
    }

    private static void CheckCode(List<string> problems, string what, string code)
    {
        if (!StableCode.IsValid(code))
        {
            problems.Add($"The {what} code/id '{code}' is not a stable code: use lower-case letters and digits separated by '.' or '-', e.g. 'victim.helpline'.");
        }
    }

    private static void CheckUnique(List<string> problems, string what, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            CheckCode(problems, what, code);
        }

        foreach (var duplicate in codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"The {what} id '{duplicate.Key}' is registered {duplicate.Count()} times: ids must be unique.");
        }
    }

    private static void CheckQuestion(List<string> problems, QuestionInfo q, HashSet<string> capabilityCodes, Dictionary<string, QuestionInfo> questionsById)
    {
        if (!capabilityCodes.Contains(q.CapabilityCode))
        {
            problems.Add($"Question '{q.Id}' points at capability '{q.CapabilityCode}', which this plugin does not register.{DidYouMean.Suffix(q.CapabilityCode, capabilityCodes)}");
        }

        var isChoice = q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        if (isChoice && q.Options.Count < 2)
        {
            problems.Add($"Question '{q.Id}' is {q.Kind} but has {q.Options.Count} option(s): give at least two.");
        }

        if (!isChoice && q.Options.Count > 0)
        {
            problems.Add($"Question '{q.Id}' is {q.Kind} and must not list options (its answers are fixed by the kind).");
        }

        CheckUnique(problems, $"option of question '{q.Id}'", q.Options.Select(o => o.Code));
        if (q.Kind == QuestionKind.Example)
        {
            CheckExample(problems, q);
        }

        if (q.Instruments.Count == 0)
        {
            problems.Add($"Question '{q.Id}' belongs to no instrument: list at least one instrument code.");
        }

        if (q.ShownWhen is { } condition)
        {
            if (condition.QuestionId == q.Id)
            {
                problems.Add($"Question '{q.Id}' is shown only when it answers itself: point ShownWhen at another question.");
            }
            else if (!questionsById.TryGetValue(condition.QuestionId, out var other))
            {
                problems.Add($"Question '{q.Id}' is shown when '{condition.QuestionId}' is answered, but that question does not exist.{DidYouMean.Suffix(condition.QuestionId, questionsById.Keys)}");
            }
            else if (other.Kind == QuestionKind.Example)
            {
                problems.Add($"Question '{q.Id}' is shown when '{other.Id}' answers '{condition.AnswerCode}', but '{other.Id}' asks for an example, which has no answer: point ShownWhen at another question.");
            }
            else if (!AllowedAnswers(other).Contains(condition.AnswerCode))
            {
                problems.Add($"Question '{q.Id}' is shown when '{other.Id}' answers '{condition.AnswerCode}', which that question cannot answer.{DidYouMean.Suffix(condition.AnswerCode, AllowedAnswers(other))}");
            }
        }
    }

    // An example is a voluntary text the host keeps in its library, not an answer: nothing can be
    // required of it or counted from it.
    private static void CheckExample(List<string> problems, QuestionInfo q)
    {
        if (q.Required)
        {
            problems.Add($"Question '{q.Id}' asks for an example: set Required = false (examples are shared voluntarily, never required for a submission).");
        }

        if (q.AllowDontKnow || q.AllowNotApplicable)
        {
            problems.Add($"Question '{q.Id}' asks for an example: remove AllowDontKnow and AllowNotApplicable (a country that has no example leaves it empty).");
        }
    }

    private static void CheckIndicator(List<string> problems, IndicatorInfo indicator, HashSet<string> capabilityCodes, Dictionary<string, QuestionInfo> questionsById)
    {
        if (!capabilityCodes.Contains(indicator.CapabilityCode))
        {
            problems.Add($"Indicator '{indicator.Id}' points at capability '{indicator.CapabilityCode}', which this plugin does not register.{DidYouMean.Suffix(indicator.CapabilityCode, capabilityCodes)}");
        }

        if (indicator.Factor <= 0)
        {
            problems.Add($"Indicator '{indicator.Id}' has factor {indicator.Factor}: use a positive factor (100 for a percentage).");
        }

        foreach (var (part, rule) in new[] { ("numerator", indicator.Numerator), ("denominator", indicator.Denominator) })
        {
            CheckRule(problems, $"Indicator '{indicator.Id}' {part}", rule, questionsById);
        }
    }

    private static void CheckRule(List<string> problems, string where, CountryRule rule, Dictionary<string, QuestionInfo> questionsById)
    {
        if (rule is AllOfRule all)
        {
            if (all.Rules.Count == 0)
            {
                problems.Add($"{where}: AllOf needs at least one rule.");
            }

            all.Rules.ToList().ForEach(r => CheckRule(problems, where, r, questionsById));
            return;
        }

        foreach (var unknown in rule.QuestionIds.Where(id => !questionsById.ContainsKey(id)))
        {
            problems.Add($"{where} reads question '{unknown}', which this plugin does not register.{DidYouMean.Suffix(unknown, questionsById.Keys)}");
        }

        foreach (var example in rule.QuestionIds.Where(id => questionsById.GetValueOrDefault(id)?.Kind == QuestionKind.Example))
        {
            problems.Add($"{where} reads question '{example}', which asks for an example: an example has no answer an indicator can count.");
        }

        if (rule is AnswerInRule answerIn && questionsById.TryGetValue(answerIn.QuestionId, out var answered))
        {
            foreach (var code in answerIn.AnswerCodes.Where(c => !AllowedAnswers(answered).Contains(c)))
            {
                problems.Add($"{where} counts answer '{code}' to '{answerIn.QuestionId}', which that question cannot answer.{DidYouMean.Suffix(code, AllowedAnswers(answered))}");
            }
        }
        else if (rule is PhaseAtLeastRule phase && questionsById.TryGetValue(phase.QuestionId, out var assessed)
            && (assessed.Kind != QuestionKind.MaturityPhase || phase.Phase is < 1 or > MaturityDescriptors.PhaseCount))
        {
            problems.Add($"{where}: a phase rule needs a MaturityPhase question and a phase of 1 to 4 (got {assessed.Kind}, phase {phase.Phase}).");
        }
    }

    /// <summary>The answer codes a question accepts, including "don't know" and "not applicable" where allowed.</summary>
    internal static HashSet<string> AllowedAnswers(QuestionInfo question)
    {
        IEnumerable<string> codes = question.Kind switch
        {
            QuestionKind.YesNo => [AnswerCodes.Yes, AnswerCodes.No],
            QuestionKind.YesPartlyNo => [AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No],
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => question.Options.Select(o => o.Code),
            QuestionKind.MaturityPhase => ["1", "2", "3", "4"],
            _ => [],
        };
        var allowed = codes.ToHashSet(StringComparer.Ordinal);
        if (question.AllowDontKnow)
        {
            allowed.Add(AnswerCodes.DontKnow);
        }

        if (question.AllowNotApplicable)
        {
            allowed.Add(AnswerCodes.NotApplicable);
        }

        return allowed;
    }
}
