namespace MnrPlatform.Domains.Tests;

/// <summary>An English term and the renderings docs/glossary/&lt;culture&gt;.md allows for it (any form, case ignored).</summary>
internal sealed record GlossaryRule(string English, params string[] Accepted);

/// <summary>The terms of docs/glossary/es.md and ar.md that the catalog tests check.</summary>
internal static class Glossary
{
    public static IReadOnlyList<GlossaryRule> Rules(string culture) => culture switch
    {
        "es" => Spanish,
        "ar" => Arabic,
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "The glossary tests cover es and ar."),
    };

    public static IReadOnlyList<string> Avoided(string culture) => culture switch
    {
        // "Pornografía infantil" and "prostitución infantil" minimise the abuse (Terminology Guidelines); English left in place is a slip;
        // quotations take « » in both languages, never straight quotes.
        "es" => ["pornografía", "prostitución", "supervivientes", "online", "hotline", "helpline", "\""],
        "ar" => ["الإباحية", "البغاء", "القصّر", "القُصّر", "أونلاين", "بالمئة", "hotline", "helpline", "\""],
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "The glossary tests cover es and ar."),
    };

    private static readonly GlossaryRule[] Spanish =
    [
        new("child sexual abuse material", "material de abuso sexual infantil"),
        new("child sexual exploitation and abuse", "explotación y abuso sexual infantil", "explotación y el abuso sexual infantil", "explotación y abuso sexual de niños"),
        new("victims/survivors", "víctimas/sobrevivientes"),
        new("helpline", "línea de ayuda", "líneas de ayuda"),
        new("hotline", "línea de denuncia", "líneas de denuncia"),
        new("law enforcement", "fuerzas del orden"),
        new("online", "en línea"),
        new("facilitated by technology", "facilitad"),
        new("Terminology Guidelines", "Orientaciones Terminológicas"),
        new("Model National Response", "Modelo de Respuesta Nacional"),
        new("low- and middle-income", "ingreso bajo y mediano"),
        new("low- or middle-income", "ingreso bajo o mediano"),
        new("income group", "grupo de ingreso"),
        new("multi-stakeholder", "múltiples partes interesadas"),
        new("grooming", "captación de niños con fines sexuales"),
        new("live streaming", "transmisión en directo"),
        new("secretariat", "Secretaría"),
        new("focal point", "punto focal"),
        new("Barnahus", "Barnahus"),
        new("one-stop centre", "centro de atención integral", "centros de atención integral"),
        new("Voluntary Principles", "Principios Voluntarios"),
        new("safety by design", "seguridad desde el diseño"),
        new("corporate social responsibility", "responsabilidad social empresarial"),
        new("self-assess", "autoevalua", "autoevalu"),
        new("takedown", "retirada"),
    ];

    private static readonly GlossaryRule[] Arabic =
    [
        new("child sexual abuse material", "مواد الاعتداء الجنسي على الأطفال", "مواد اعتداء جنسي على الأطفال"),
        new("child sexual exploitation and abuse", "لاستغلال والاعتداء الجنسي"),
        new("victims/survivors", "ضحايا/الناجين", "ضحايا/الناجون"),
        new("helpline", "خط مساعدة", "خطوط المساعدة", "خط المساعدة", "لمساعدة الأطفال", "خطوط مساعدة"),
        new("hotline", "خط الإبلاغ", "خط إبلاغ", "خطوط الإبلاغ", "لخطوط الإبلاغ"),
        new("law enforcement", "إنفاذ القانون"),
        new("online", "عبر الإنترنت", "إلكتروني"),
        new("facilitated by technology", "تيسّره التكنولوجيا", "تيسّرها التكنولوجيا"),
        new("Terminology Guidelines", "المبادئ التوجيهية بشأن المصطلحات"),
        new("Model National Response", "نموذج الاستجابة الوطنية"),
        new("MNR", "نموذج الاستجابة الوطنية"),
        new("low- and middle-income", "منخفضة ومتوسطة الدخل"),
        new("low- or middle-income", "منخفضة أو متوسطة الدخل"),
        new("income group", "فئة الدخل"),
        new("multi-stakeholder", "أصحاب المصلحة"),
        new("grooming", "استدراج الأطفال لأغراض جنسية"),
        new("live streaming", "البث المباشر"),
        new("secretariat", "أمانة"),
        new("focal point", "جهة التنسيق", "جهة تنسيق"),
        new("Barnahus", "بارناهوس"),
        new("one-stop centre", "خدمات المتكاملة"),
        new("Voluntary Principles", "المبادئ الطوعية"),
        new("safety by design", "السلامة من خلال التصميم"),
        new("corporate social responsibility", "المسؤولية الاجتماعية للشركات"),
        new("self-assess", "ذاتي"),
        new("takedown", "الإزالة"),
    ];
}
