namespace MnrPlatform.Sdk.Content;

/// <summary>How a question is answered.</summary>
public enum QuestionKind
{
    /// <summary>Yes or no (<see cref="AnswerCodes.Yes"/>, <see cref="AnswerCodes.No"/>).</summary>
    YesNo,

    /// <summary>Yes, partly or no.</summary>
    YesPartlyNo,

    /// <summary>One of the question's <see cref="QuestionInfo.Options"/>.</summary>
    SingleChoice,

    /// <summary>Any number of the question's <see cref="QuestionInfo.Options"/>.</summary>
    MultipleChoice,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A phase of the Maturity Model, 1 to 4, shown with the capability's phase descriptors.</summary>
    MaturityPhase,

    /// <summary>
    /// An example of practice (SDK 1.3): the respondent describes what the country did for the
    /// capability (title, what was done, results, challenges, lessons, the phase it helped reach).
    /// It is not an answer: the host records it in its library of good practice, where the
    /// secretariat curates it and the country consents before anyone else sees it. Never required,
    /// no options, no "don't know"/"not applicable", and no indicator or condition reads it.
    /// </summary>
    Example,
}
