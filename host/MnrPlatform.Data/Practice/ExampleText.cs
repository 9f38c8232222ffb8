using System.Text.Json;
using System.Text.Json.Nodes;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// An example's text as an <see cref="ExampleDraft"/>: read from and written to the entity, and
/// the changed fields a suggested edit stores (<see cref="ExampleEditSuggestion.Proposed"/>).
/// </summary>
internal static class ExampleText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The example's current text.</summary>
    public static ExampleDraft Of(PracticeExample example) => new(
        example.CapabilityCode,
        example.Title,
        example.WhatWasDone,
        example.Results,
        example.Challenges,
        example.Lessons,
        example.PhaseReached,
        ReadList(example.Links),
        example.ContactRole,
        example.ContactName,
        example.ContactAgreed,
        example.Language);

    /// <summary>Writes a checked draft into the example (not its version or status).</summary>
    public static void Write(PracticeExample example, ExampleDraft draft, string domainCode)
    {
        example.CapabilityCode = draft.CapabilityCode;
        example.DomainCode = domainCode;
        example.Title = draft.Title;
        example.WhatWasDone = draft.WhatWasDone;
        example.Results = draft.Results;
        example.Challenges = draft.Challenges;
        example.Lessons = draft.Lessons;
        example.PhaseReached = draft.PhaseReached;
        example.Links = WriteList(draft.Links);
        example.ContactRole = draft.ContactRole;
        example.ContactName = draft.ContactName;
        example.ContactAgreed = draft.ContactAgreed;
        example.Language = draft.Language;
    }

    /// <summary>The fields of <paramref name="proposed"/> that differ from <paramref name="current"/>, as a JSON object.</summary>
    public static string Changes(ExampleDraft current, ExampleDraft proposed)
    {
        var before = JsonSerializer.SerializeToNode(current, Json)!.AsObject();
        var after = JsonSerializer.SerializeToNode(proposed, Json)!.AsObject();
        var changed = new JsonObject();
        foreach (var (name, value) in after)
        {
            if (!JsonNode.DeepEquals(before[name], value))
            {
                changed[name] = value?.DeepClone();
            }
        }

        return changed.ToJsonString(Json);
    }

    /// <summary><paramref name="current"/> with the changed fields of a suggestion applied.</summary>
    public static ExampleDraft Apply(ExampleDraft current, string changes)
    {
        var text = JsonSerializer.SerializeToNode(current, Json)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(changes)!.AsObject())
        {
            text[name] = value?.DeepClone();
        }

        return text.Deserialize<ExampleDraft>(Json)!;
    }

    /// <summary>A JSON array of strings (links, themes); empty when blank.</summary>
    public static IReadOnlyList<string> ReadList(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<string[]>(json, Json) ?? [];

    /// <summary>Writes strings as a JSON array.</summary>
    public static string WriteList(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray(), Json);
}
