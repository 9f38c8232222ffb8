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
}
