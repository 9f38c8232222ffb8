using System.Globalization;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reports;

namespace MnrPlatform.Core.Tests.Reports;

/// <summary>
/// Findings in French, Spanish and Arabic read as the glossaries (docs/glossary/*.md) say: the quantifier phrase the
/// language expects for <c>{countries}</c>, its share parenthesis for <c>{share}</c>, a negative sentence for a share of none.
/// </summary>
public sealed class FindingTextLanguagesTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
    private static readonly int[] EveryQuantifier = [0, 3, 10, 21, 30, 40, 42];

    [Fact]
    public void A_french_template_is_filled_with_a_french_subject_and_share() =>
        Assert.Equal(
            "La quasi-totalité des pays interrogés (95 pour cent, 40 sur 42) disposent d'une ligne d'assistance nationale pour enfants.",
            FindingText.FromTemplate("{countries} {share} disposent d'une ligne d'assistance nationale pour enfants.", Group(40, 42), 42, French));

    [Fact]
    public void A_french_subject_names_the_countries_that_answered() =>
        Assert.Equal(
            "La plupart des 41 pays ayant répondu (88 pour cent, 36 sur 41) disposent d'une ligne.",
            FindingText.FromTemplate("{countries} {share} disposent d'une ligne.", Group(36, 41), 42, French));

    [Fact]
    public void A_spanish_template_follows_the_glossary() =>
        Assert.Equal(
            "Alrededor de la mitad de los 40 países que respondieron (50 %, 20 de 40) tienen una línea de ayuda.",
            FindingText.FromTemplate("{countries} {share} tienen una línea de ayuda.", Group(20, 40), 42, Spanish));

    [Fact]
    public void An_arabic_template_is_a_nominal_sentence_with_the_arabic_share() =>
        Assert.Equal(
            "معظم البلدان المشمولة بالاستقصاء (76 في المائة، 32 من 42) لديها خط وطني لمساعدة الأطفال.",
            FindingText.FromTemplate("{countries} {share} لديها خط وطني لمساعدة الأطفال.", Group(32, 42), 42, Arabic));

    [Fact]
    public void Arabic_puts_two_countries_in_the_dual() =>
        Assert.Equal(
            "جميع البلدين اللذين أجابا (100 في المائة، 2 من 2) لديها خط.",
            FindingText.FromTemplate("{countries} {share} لديها خط.", Group(2, 2), 42, Arabic));

    [Theory]
    [InlineData("fr", "Aucun des pays interrogés (0 pour cent, 0 sur 42) n'est dans ce cas.")]
    [InlineData("es", "Ninguno de los países encuestados (0 %, 0 de 42) se encuentra en esta situación.")]
    [InlineData("ar", "لم يُفِد أيٌّ من البلدان المشمولة بالاستقصاء (0 في المائة، 0 من 42) بذلك.")]
    public void A_share_of_none_is_a_negative_sentence_not_the_affirmative_template(string culture, string expected) =>
        Assert.Equal(expected, FindingText.FromTemplate("{countries} {share} ont une ligne.", Group(0, 42), 42, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void English_keeps_filling_the_template_for_a_share_of_none() =>
        Assert.Equal(
            "None of the countries surveyed (0 per cent, 0 of 42) have one.",
            FindingText.FromTemplate("{countries} {share} have one.", Group(0, 42), 42, CultureInfo.GetCultureInfo("en")));

    [Theory]
    [InlineData("fr", "Par groupe de revenu, la proportion est plus élevée parmi les pays à revenu élevé (100 pour cent, 15 sur 15) que parmi les pays à revenu faible ou intermédiaire (63 pour cent, 17 sur 27).")]
    [InlineData("es", "Por grupo de ingresos, la proporción es mayor entre los países de ingreso alto (100 %, 15 de 15) que entre los países de ingreso bajo y mediano (63 %, 17 de 27).")]
    [InlineData("ar", "حسب فئة الدخل، النسبة أعلى بين البلدان مرتفعة الدخل (100 في المائة، 15 من 15) منها بين البلدان منخفضة ومتوسطة الدخل (63 في المائة، 17 من 27).")]
    public void The_income_comparison_is_written_in_the_language(string culture, string expected) =>
        Assert.Equal(expected, FindingText.IncomeDifference(Group(15, 15), Group(17, 27), 5, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Every_quantifier_has_its_own_phrase_in_each_language()
    {
        foreach (var culture in new[] { French, Spanish, Arabic })
        {
            var subjects = EveryQuantifier
                .Select(n => FindingText.FromTemplate("{countries} {share} x.", Group(n, 42), 42, culture)!)
                .Select(s => s[..s.IndexOf('(', StringComparison.Ordinal)])
                .ToList();

            Assert.Equal(subjects.Count, subjects.Distinct(StringComparer.Ordinal).Count());
            Assert.All(subjects, s => Assert.DoesNotContain("countries", s, StringComparison.Ordinal));
            Assert.All(subjects, s => Assert.DoesNotContain("per cent", s, StringComparison.Ordinal));
        }
    }

    private static ShownGroup Group(int n, int d) => new("all", "All countries", n, d, 100m * n / d, Suppression.None);
}
