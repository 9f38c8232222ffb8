using Microsoft.Extensions.DependencyInjection;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>A bUnit context for the questionnaire's components, which take their words from the host's resource files.</summary>
public abstract class QuestionnaireComponentTest : MudComponentTest
{
    protected QuestionnaireComponentTest() => Services.AddLocalization();
}
