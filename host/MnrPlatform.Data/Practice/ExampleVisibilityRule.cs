using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// The one place that decides how an example is shown to a viewer. The secretariat and the
/// example's own country see it named, always. Anyone else sees it named only when it is approved
/// and its country's standing consent covers the current version at a visibility that includes the
/// viewer (members: signed in; public: anyone); otherwise anonymised when the secretariat published
/// an anonymised version at a visibility that includes the viewer; otherwise not at all.
/// </summary>
public static class ExampleVisibilityRule
{
    /// <summary>How <paramref name="example"/> is shown under <paramref name="scope"/>.</summary>
    /// <param name="scope">The viewer.</param>
    /// <param name="example">The example, with its <see cref="PracticeExample.Consents"/> loaded.</param>
    public static ExampleShown Decide(AccessScope scope, PracticeExample example) => throw new NotImplementedException();

    /// <summary>The consent that stands for the example's current version, if any.</summary>
    /// <param name="example">The example, with its consents loaded.</param>
    public static ExampleConsent? StandingConsent(PracticeExample example) => throw new NotImplementedException();
}
