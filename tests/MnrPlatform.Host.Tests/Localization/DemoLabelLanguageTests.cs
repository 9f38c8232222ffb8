using System.Globalization;
using System.Net;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Demo;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>The demo dataset's synthetic-data label (banner and chips) is said in the page's language, never left in English.</summary>
public sealed class DemoLabelLanguageTests(CultureResolutionTests.Platform platform) : IClassFixture<CultureResolutionTests.Platform>
{
    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task The_banner_and_a_rounds_chip_say_synthetic_demo_data_in_the_page_language(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var words = new ResourceText(typeof(LayoutText));
        var client = await platform.SignInAsAsync(MnrPlatform.Core.Access.Roles.Analyst);

        var overview = WebUtility.HtmlDecode(await client.GetInAsync("/", language));
        var surveys = WebUtility.HtmlDecode(await client.GetInAsync("/surveys", language));

        Assert.Contains(words.Get("Synthetic.Demo", culture), overview, StringComparison.Ordinal);
        Assert.Contains(words.Get("Synthetic.Label", culture), surveys, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoDataset.Label, overview, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoDataset.Label, surveys, StringComparison.Ordinal);
    }
}
