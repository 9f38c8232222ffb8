using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Catalog;

/// <summary>
/// An instrument as the active plugins declare it, merged: the name and respondent type of the
/// first declaring plugin (in domain order) and every plugin that declares it.
/// </summary>
/// <param name="Info">The declaration whose texts are used.</param>
/// <param name="DeclaredBy">The ids of the plugins that declare it, in domain order.</param>
public sealed record CatalogInstrument(InstrumentInfo Info, IReadOnlyList<string> DeclaredBy)
{
    /// <summary>The instrument's stable code.</summary>
    public string Code => Info.Code;
}
