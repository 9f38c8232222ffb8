using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>MudBlazor's own words (pager, sort, close) follow the page's language; English stays MudBlazor's.</summary>
public sealed class MudBlazorWordsTests(CultureResolutionTests.Platform platform) : IClassFixture<CultureResolutionTests.Platform>
{
    [Theory]
    [InlineData("en", "Next page", "1-10 of 42")]
    [InlineData("fr", "Page suivante", "1-10 sur 42")]
    [InlineData("es", "Página siguiente", "1-10 de 42")]
    [InlineData("ar", "الصفحة التالية", "1-10 من 42")]
    public void A_pager_label_is_in_the_request_language(string culture, string next, string info)
    {
        using var scope = platform.Services.CreateScope();
        var interceptor = scope.ServiceProvider.GetRequiredService<ILocalizationInterceptor>();

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(next, interceptor.Handle("MudDataGridPager_NextPage").Value);
            Assert.Equal(info, interceptor.Handle("MudDataGridPager_InfoFormat", 1, 10, 42).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
