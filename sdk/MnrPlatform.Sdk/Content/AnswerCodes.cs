namespace MnrPlatform.Sdk.Content;

/// <summary>The answer codes every plugin and import file shares.</summary>
public static class AnswerCodes
{
    /// <summary>Yes: the capability or item is in place.</summary>
    public const string Yes = "yes";

    /// <summary>Partly in place (yes/partly/no questions only).</summary>
    public const string Partly = "partly";

    /// <summary>No: not in place.</summary>
    public const string No = "no";

    /// <summary>The respondent does not know. Allowed only where <see cref="QuestionInfo.AllowDontKnow"/> is set; never counted as answered.</summary>
    public const string DontKnow = "dont-know";

    /// <summary>The question does not apply to the country. Allowed only where <see cref="QuestionInfo.AllowNotApplicable"/> is set; never counted as answered.</summary>
    public const string NotApplicable = "not-applicable";
}
