namespace MnrPlatform.Data.Reference;

/// <summary>The rows of one reference file and the sources its <c># source:</c> lines name.</summary>
/// <typeparam name="TRecord">The row type.</typeparam>
/// <param name="FileName">The file's name, as used in problem messages.</param>
/// <param name="Records">The rows, in file order.</param>
/// <param name="Sources">The text of each <c># source:</c> line, in file order.</param>
public sealed record ReferenceFile<TRecord>(string FileName, IReadOnlyList<TRecord> Records, IReadOnlyList<string> Sources);
