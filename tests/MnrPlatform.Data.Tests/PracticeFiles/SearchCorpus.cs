namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>
/// Five examples and a table of queries with the titles each must find, on SQLite and on
/// PostgreSQL alike: all words, a prefix on the last, case and accents ignored, punctuation
/// splitting words at the same places on both.
/// </summary>
internal static class SearchCorpus
{
    public const string Barnahus = "Barnahus model in Moldova";
    public const string Cybercrime = "Specialised cybercrime unit";
    public const string Media = "Éducation aux médias en Suède";
    public const string Industry = "Industry partnership";
    public const string Helpline = "Línea de ayuda para niños y niñas";

    public static async Task<IReadOnlyDictionary<string, int>> AddAsync(MnrDbContext db, CancellationToken cancellationToken) =>
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Barnahus] = await ExampleRows.AddAsync(db, "MDA", Barnahus, "A child-friendly, multi-agency house where a child is heard once.", results: "Fewer repeated interviews.", cancellationToken: cancellationToken),
            [Cybercrime] = await ExampleRows.AddAsync(db, "PHL", Cybercrime, "The national police set up a unit during COVID-19.", results: "Referrals rose 3.5 times.", challenges: "Training judges", cancellationToken: cancellationToken),
            [Media] = await ExampleRows.AddAsync(db, "SWE", Media, "Un programme national à l’école primaire, pour les ENFANTS.", lessons: "Commencer tôt", cancellationToken: cancellationToken),
            [Industry] = await ExampleRows.AddAsync(db, "SLV", Industry, "Partnership with ISPs; write to hotline@example.org/report for details.", lessons: "Start small_and_grow.", cancellationToken: cancellationToken),
            [Helpline] = await ExampleRows.AddAsync(db, "MEX", Helpline, "Ayuda a niños y niñas por teléfono y chat; Children's helpline (24/7).", cancellationToken: cancellationToken),
        };

    /// <summary>A query and the titles it finds.</summary>
    public static TheoryData<string, string[]> Queries { get; } = new()
    {
        { "barnahus", [Barnahus] },
        { "BARNAHUS moldova", [Barnahus] },
        { "mold", [Barnahus] },
        { "moldova unit", [] },
        { "cyber", [Cybercrime] },
        { "CyberCrime UNIT", [Cybercrime] },
        { "covid 19", [Cybercrime] },
        { "covid-19", [Cybercrime] },
        { "3.5", [Cybercrime] },
        { "education medias", [Media] },
        { "ÉCOLE", [Media] },
        { "l'école", [Media] },
        { "enfants commencer", [Media] },
        { "suede", [Media] },
        { "hotline example org", [Industry] },
        { "hotline@example.org", [Industry] },
        { "report", [Industry] },
        { "grow", [Industry] },
        { "partner", [Industry] },
        { "partner small", [] },
        { "small partner", [Industry] },
        { "ninos", [Helpline] },
        { "NIÑAS telefono", [Helpline] },
        { "24 7", [Helpline] },
        { "child", [Barnahus, Helpline] },
        { "children s", [Helpline] },
        { "heard once", [Barnahus] },
        { "training judge", [Cybercrime] },
        { "judge training", [] },
        { "", [] },
        { "  !!! -- ", [] },
        { "zebra", [] },
    };
}
