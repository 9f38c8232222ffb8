using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Demo;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Common;

/// <summary>
/// A round's synthetic-data label as a page shows it: the platform's own demo dataset's label in the
/// page's language; any other label (an import's) as it was stored, isolated inside the sentence.
/// </summary>
public static class SyntheticDataWords
{
    /// <summary>The words for <paramref name="label"/> in the request's language.</summary>
    public static string Describe(string label, IStringLocalizer<LayoutText> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return label == DemoDataset.Label ? words["Synthetic.Demo"] : BidiText.Isolate(label);
    }
}
