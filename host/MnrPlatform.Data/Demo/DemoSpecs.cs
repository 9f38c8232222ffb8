using System.Text.Json;

namespace MnrPlatform.Data.Demo;

/// <summary>A demo round's identity, as the spec files give it.</summary>
internal sealed record DemoRoundSpec(string Code, string Name, int Year, int IncomeClassificationYear);

/// <summary>Counts a review question's answers must have among high-income respondents.</summary>
internal sealed record HighIncomeCounts(int Answered, int Yes);

/// <summary>
/// How one review question is answered: <see cref="Answered"/> of the respondents asked answer yes
/// or no, <see cref="Yes"/> of them yes; or the same as another question (<see cref="SameAs"/>).
/// </summary>
internal sealed record ReviewQuestionSpec(
    string Id,
    int Answered,
    int Yes,
    string? SameAs,
    string? AskedOf,
    string? YesOnlyIf,
    HighIncomeCounts? HighIncome);

/// <summary>samples/data/demo/review-2021.json.</summary>
internal sealed record ReviewRoundSpec(
    DemoRoundSpec Round,
    int Seed,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Respondents,
    IReadOnlyList<ReviewQuestionSpec> Questions);

/// <summary>A kind of country profile: domains it is stronger and weaker in than its income group.</summary>
internal sealed record ProfileSpec(string Name, IReadOnlyList<string> Strong, IReadOnlyList<string> Weak);

/// <summary>samples/data/demo/self-assessment-2023.json.</summary>
internal sealed record SelfAssessmentSpec(
    DemoRoundSpec Round,
    int Seed,
    string Instrument,
    IReadOnlyDictionary<string, double> BaseLevel,
    double StrengthShift,
    double WeaknessShift,
    double Noise,
    int PlansPerCountry,
    IReadOnlyList<ProfileSpec> Profiles);

/// <summary>The secretariat's question on a queried demo submission, about one capability's phase.</summary>
internal sealed record DemoQuerySpec(string Capability, string Comment);

/// <summary>
/// One country's submission in the open demo round: its status, for a draft the share of the
/// capabilities answered (top down), how many days ago it last changed, and a query's question.
/// </summary>
internal sealed record OpenSubmissionSpec(string Country, string Status, double? AnsweredShare, int DaysAgo, DemoQuerySpec? Query);

/// <summary>samples/data/demo/self-assessment-2026.json: an open round with submissions in each state.</summary>
internal sealed record OpenRoundSpec(
    DemoRoundSpec Round,
    int Seed,
    string Secretariat,
    IReadOnlyList<OpenSubmissionSpec> Submissions);

/// <summary>Reads the spec files built into this assembly from samples/data/demo.</summary>
internal static class DemoSpecs
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    public static ReviewRoundSpec Review => Read<ReviewRoundSpec>("review-2021.json");

    public static SelfAssessmentSpec SelfAssessment => Read<SelfAssessmentSpec>("self-assessment-2023.json");

    public static OpenRoundSpec OpenRound => Read<OpenRoundSpec>("self-assessment-2026.json");

    private static T Read<T>(string file)
    {
        var name = $"MnrPlatform.Data.Demo.{file}";
        using var stream = typeof(DemoSpecs).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The demo spec {file} is not built into {typeof(DemoSpecs).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"The demo spec {file} is empty.");
    }
}
