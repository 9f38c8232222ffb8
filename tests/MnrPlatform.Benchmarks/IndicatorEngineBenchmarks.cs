using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Recomputing every indicator by every breakdown for one round of a large dataset, with the
/// indicator engine and with the equivalent SQL GROUP BY queries in SQLite on the same data.
/// <para>
/// Data (fixed seed): 200 countries × 10 rounds × 300 questions × 5 respondents = 3,000,000
/// answers. A "respondent" is one submission: each country answers all five instruments in each
/// round, and each instrument asks all 300 questions, so a country's merged answers hold five
/// values per question (the engine counts a country when any of them qualifies, as it does for a
/// multiple choice). 200 of the questions are yes/partly/no (with don't know and not applicable),
/// 100 are maturity phases 1 to 4. 300 indicators mix the declarative rules: yes over answered,
/// yes-or-partly over answered, phase ≥ 3 over answered, and AllOf(yes on q, phase ≥ 2 on p) over
/// AllOf(answered q, answered p). Countries have a World Bank income group (3% unclassified) and
/// one of six regions (2% none).
/// </para>
/// <para>
/// SQL: answers(round, country, respondent, question, value) with a covering index on (round,
/// question, country, value), countries(iso3, income_group, region), and submissions(round,
/// country, respondent) for the instrument breakdown, all in an in-memory database. One query per
/// indicator × breakdown, generated from the same rules: per country a MAX(CASE …) flag per rule
/// (AllOf multiplies them), then GROUP BY the breakdown's group summing N and n. The queries are
/// prepared in the setup; each run binds the round and reads the rows. The setup checks that SQL
/// and engine agree on n and N of every group.
/// </para>
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class IndicatorEngineBenchmarks
{
    private const int Countries = 200;
    private const int Rounds = 10;
    private const int Questions = 300;
    private const int PhaseQuestions = 100;
    private const int Instruments = 5;
    private const int Round = 4;

    private static readonly string[] Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania", "Middle East"];
    private static readonly string[] PhaseValues = ["1", "2", "3", "4"];

    private readonly IndicatorEngine engine = new(new FrameworkCatalog([]), new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
    private List<Owned<IndicatorInfo>> indicators = [];
    private Respondent[][] rounds = [];
    private IndexedRound indexed = null!;
    private SqliteConnection? db;
    private List<(Owned<IndicatorInfo> Indicator, Breakdown Breakdown, SqliteCommand Command)> queries = [];

    [GlobalSetup(Targets = [nameof(Engine), nameof(EngineEvaluateOnly), nameof(ReferenceEvaluator), nameof(DisclosedForViewer)])]
    public void MakeData()
    {
        (rounds, indicators) = Generate(seed: 2025);
        indexed = IndexedRound.Build(rounds[Round]);
    }

    [GlobalSetup(Targets = [nameof(Sql), nameof(EngineFromStore)])]
    public void MakeDataAndDatabase()
    {
        MakeData();
        db = Load(rounds);
        queries = [.. indicators.SelectMany(i => IndicatorEngine.RoundBreakdowns.Select(b => (i, b, Prepare(db, i.Item, b))))];
        Check();
    }

    [GlobalCleanup]
    public void Close()
    {
        foreach (var (_, _, command) in queries)
        {
            command.Dispose();
        }

        db?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "SQL GROUP BY in SQLite: 300 indicators × 5 breakdowns")]
    public int Sql()
    {
        var rows = 0;
        foreach (var (_, _, command) in queries)
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows += reader.GetInt32(1);
            }
        }

        return rows;
    }

    [Benchmark(Description = "Engine: index the round + 300 indicators × 5 breakdowns")]
    public int Engine() => engine.EvaluateRound(IndexedRound.Build(rounds[Round]), indicators).Count;

    [Benchmark(Description = "Engine: 300 indicators × 5 breakdowns on a ready index")]
    public int EngineEvaluateOnly() => engine.EvaluateRound(indexed, indicators).Count;

    [Benchmark(Description = "Engine incl. reading the round's answers from SQLite")]
    public int EngineFromStore() => engine.EvaluateRound(IndexedRound.Build(ReadRound(db!, Round)), indicators).Count;

    [Benchmark(Description = "Engine: disclosed for a viewer (k = 5), 300 indicators × 5 breakdowns on a ready index")]
    public int DisclosedForViewer() => engine.EvaluateRoundFor(DisclosureRule.SmallCells(5), indexed, indicators).Count;

    [Benchmark(Description = "Reference IndicatorEvaluator.EvaluateBy: 300 × 5")]
    public int ReferenceEvaluator() =>
        indicators.Sum(i => IndicatorEngine.RoundBreakdowns.Sum(b => IndicatorEvaluator.EvaluateBy(i.Item, rounds[Round], b).Count));

    private static string Q(int q) => string.Create(CultureInfo.InvariantCulture, $"q{q:D3}");

    private static string Iso(int c) => string.Create(CultureInfo.InvariantCulture, $"C{c:D3}");

    private static string Instrument(int i) => string.Create(CultureInfo.InvariantCulture, $"instrument-{i}");

    private static bool IsPhase(int q) => q >= Questions - PhaseQuestions;

    /// <summary>The rounds' respondents and the indicators.</summary>
    private static (Respondent[][] Rounds, List<Owned<IndicatorInfo>> Indicators) Generate(int seed)
    {
        var random = new Random(seed);
        var income = Enumerable.Range(0, Countries).Select(_ => random.NextDouble() < 0.03 ? (IncomeGroup?)null : (IncomeGroup)random.Next(4)).ToArray();
        var region = Enumerable.Range(0, Countries).Select(_ => random.NextDouble() < 0.02 ? null : Regions[random.Next(Regions.Length)]).ToArray();
        var instruments = Enumerable.Range(0, Instruments).Select(Instrument).ToArray();
        var rounds = new Respondent[Rounds][];
        for (var r = 0; r < Rounds; r++)
        {
            rounds[r] = new Respondent[Countries];
            for (var c = 0; c < Countries; c++)
            {
                var answers = new Dictionary<string, IReadOnlyList<string>>(Questions, StringComparer.Ordinal);
                for (var q = 0; q < Questions; q++)
                {
                    var values = new string[Instruments];
                    for (var i = 0; i < Instruments; i++)
                    {
                        values[i] = Value(random, q);
                    }

                    answers[Q(q)] = values;
                }

                rounds[r][c] = new Respondent(new CountryAnswers(Iso(c), answers), instruments, income[c], region[c]);
            }
        }

        var indicators = Enumerable.Range(0, Questions).Select(i => new Owned<IndicatorInfo>("benchmark", "d", Indicator(i))).ToList();
        return (rounds, indicators);
    }

    private static string Value(Random random, int q)
    {
        var x = random.NextDouble();
        if (IsPhase(q))
        {
            return x < 0.05 ? AnswerCodes.DontKnow : PhaseValues[random.Next(4)];
        }

        return x switch
        {
            < 0.5 => AnswerCodes.Yes,
            < 0.65 => AnswerCodes.Partly,
            < 0.9 => AnswerCodes.No,
            < 0.97 => AnswerCodes.DontKnow,
            _ => AnswerCodes.NotApplicable,
        };
    }

    private static IndicatorInfo Indicator(int i)
    {
        var yesNo = Q(i % (Questions - PhaseQuestions));
        var phase = Q(Questions - PhaseQuestions + (i % PhaseQuestions));
        var (numerator, denominator) = (i % 4) switch
        {
            0 => (CountryRule.Answering(yesNo, AnswerCodes.Yes), CountryRule.Answered(yesNo)),
            1 => (CountryRule.Answering(yesNo, AnswerCodes.Yes, AnswerCodes.Partly), CountryRule.Answered(yesNo)),
            2 => (CountryRule.AtPhaseOrAbove(phase, 3), CountryRule.Answered(phase)),
            _ => (CountryRule.AllOf(CountryRule.Answering(yesNo, AnswerCodes.Yes), CountryRule.AtPhaseOrAbove(phase, 2)),
                  CountryRule.AllOf(CountryRule.Answered(yesNo), CountryRule.Answered(phase))),
        };
        var id = string.Create(CultureInfo.InvariantCulture, $"benchmark.i{i:D3}");
        return new IndicatorInfo
        {
            Id = id,
            CapabilityCode = "c",
            Name = id,
            Measures = "m",
            Numerator = numerator,
            Denominator = denominator,
            Metadata = new IndicatorMetadata("p", "c", "l"),
        };
    }

    private static SqliteConnection Load(Respondent[][] rounds)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE TABLE countries(iso3 TEXT PRIMARY KEY, income_group TEXT, region TEXT);
            CREATE TABLE submissions(round INTEGER, country TEXT, respondent TEXT, PRIMARY KEY(round, country, respondent));
            CREATE TABLE answers(round INTEGER, country TEXT, respondent TEXT, question TEXT, value TEXT);
            """);
        using (var transaction = connection.BeginTransaction())
        {
            using var country = Insert(connection, transaction, "INSERT INTO countries VALUES ($a, $b, $c)", 3);
            foreach (var r in rounds[0])
            {
                Run(country, r.CountryIso3, r.IncomeGroup is { } g ? IncomeGroups.Code(g) : null, r.Region);
            }

            using var submission = Insert(connection, transaction, "INSERT INTO submissions VALUES ($a, $b, $c)", 3);
            using var answer = Insert(connection, transaction, "INSERT INTO answers VALUES ($a, $b, $c, $d, $e)", 5);
            for (var round = 0; round < rounds.Length; round++)
            {
                foreach (var r in rounds[round])
                {
                    for (var i = 0; i < r.Instruments.Count; i++)
                    {
                        Run(submission, round, r.CountryIso3, r.Instruments[i]);
                        foreach (var (question, values) in r.Answers.Values)
                        {
                            Run(answer, round, r.CountryIso3, r.Instruments[i], question, values[i]);
                        }
                    }
                }
            }

            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX ix_answers ON answers(round, question, country, value); ANALYZE;");
        return connection;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in "abcde"[..parameters])
        {
            command.Parameters.Add(new SqliteParameter("$" + name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The SQL of one indicator by one breakdown: rows (group, N, n).</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, IndicatorInfo indicator, Breakdown breakdown)
    {
        var questions = string.Join(", ", indicator.Numerator.QuestionIds.Concat(indicator.Denominator.QuestionIds).Distinct(StringComparer.Ordinal).Select(Literal));
        var (group, join) = breakdown switch
        {
            Breakdown.All => ("'all'", ""),
            Breakdown.IncomeGroup => ("COALESCE(k.income_group, 'unknown')", ""),
            Breakdown.IncomeBand => ("CASE WHEN k.income_group IS NULL THEN 'unknown' WHEN k.income_group = 'H' THEN 'high' ELSE 'low-middle' END", ""),
            Breakdown.Region => ("COALESCE(NULLIF(k.region, ''), 'unknown')", ""),
            Breakdown.Instrument => ("s.respondent", " JOIN submissions s ON s.round = $round AND s.country = c.country"),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown)),
        };
        var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            WITH c AS (
              SELECT a.country AS country, {Flag(indicator.Denominator)} AS d, {Flag(indicator.Numerator)} AS n
              FROM answers a WHERE a.round = $round AND a.question IN ({questions})
              GROUP BY a.country)
            SELECT {group} AS g, SUM(c.d) AS total, SUM(c.d * c.n) AS counted
            FROM c JOIN countries k ON k.iso3 = c.country{join}
            GROUP BY g
            """);
        command.Parameters.AddWithValue("$round", Round);
        command.Prepare();
        return command;
    }

    /// <summary>A rule as a per-country 0/1 expression over the grouped answers.</summary>
    private static string Flag(CountryRule rule) => rule switch
    {
        AnsweredRule a => Any(a.QuestionId, $"a.value NOT IN ({Literal(AnswerCodes.DontKnow)}, {Literal(AnswerCodes.NotApplicable)})"),
        AnswerInRule a when a.AnswerCodes.Count == 0 => "0",
        AnswerInRule a => Any(a.QuestionId, $"a.value IN ({string.Join(", ", a.AnswerCodes.Select(Literal))})"),
        PhaseAtLeastRule p => Any(p.QuestionId, string.Create(CultureInfo.InvariantCulture, $"a.value <> '' AND a.value NOT GLOB '*[^0-9]*' AND CAST(a.value AS INTEGER) >= {p.Phase}")),
        AllOfRule all when all.Rules.Count == 0 => "1",
        AllOfRule all => "(" + string.Join(" * ", all.Rules.Select(Flag)) + ")",
        _ => throw new NotSupportedException($"{rule.GetType().Name} has no SQL: it is plugin code."),
    };

    private static string Any(string question, string condition) => $"MAX(CASE WHEN a.question = {Literal(question)} AND {condition} THEN 1 ELSE 0 END)";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>One round's answers read back from the database as the engine takes them.</summary>
    private static IReadOnlyList<Respondent> ReadRound(SqliteConnection connection, int round)
    {
        var attributes = new Dictionary<string, (IncomeGroup? Income, string? Region)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT iso3, income_group, region FROM countries";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                attributes[reader.GetString(0)] = (reader.IsDBNull(1) ? null : IncomeGroups.Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        var instruments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT country, respondent FROM submissions WHERE round = $round ORDER BY country, respondent";
            command.Parameters.AddWithValue("$round", round);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var country = reader.GetString(0);
                if (!instruments.TryGetValue(country, out var list))
                {
                    instruments[country] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var answers = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT country, question, value FROM answers WHERE round = $round";
            command.Parameters.AddWithValue("$round", round);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var country = reader.GetString(0);
                if (!answers.TryGetValue(country, out var byQuestion))
                {
                    answers[country] = byQuestion = new Dictionary<string, IReadOnlyList<string>>(Questions, StringComparer.Ordinal);
                }

                var question = reader.GetString(1);
                if (!byQuestion.TryGetValue(question, out var values))
                {
                    byQuestion[question] = values = new List<string>(Instruments);
                }

                ((List<string>)values).Add(reader.GetString(2));
            }
        }

        return [.. answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new Respondent(
            new CountryAnswers(a.Key, a.Value),
            instruments.TryGetValue(a.Key, out var list) ? list : [],
            attributes[a.Key].Income,
            attributes[a.Key].Region))];
    }

    /// <summary>SQL and engine agree on n and N of every group with N &gt; 0; the engine from the store equals the engine from memory.</summary>
    private void Check()
    {
        var results = engine.EvaluateRound(indexed, indicators).ToDictionary(r => (r.Indicator.Item.Id, r.Breakdown));
        foreach (var (indicator, breakdown, command) in queries)
        {
            var sql = new SortedDictionary<string, (int N, int n)>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    if (reader.GetInt32(1) > 0)
                    {
                        sql[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
                    }
                }
            }

            var mine = new SortedDictionary<string, (int N, int n)>(StringComparer.Ordinal);
            foreach (var g in results[(indicator.Item.Id, breakdown)].Groups!.Where(g => g.Value.Denominator > 0))
            {
                mine[g.Code] = (g.Value.Denominator, g.Value.Numerator);
            }

            if (!sql.SequenceEqual(mine))
            {
                throw new InvalidOperationException($"SQL and engine differ for {indicator.Item.Id} by {breakdown}: SQL {Show(sql)}, engine {Show(mine)}.");
            }
        }

        var fromStore = engine.EvaluateRound(IndexedRound.Build(ReadRound(db!, Round)), indicators);
        if (!fromStore.Select(r => r.Groups).Zip(results.Values.Select(r => r.Groups)).All(x => x.First!.SequenceEqual(x.Second!)))
        {
            throw new InvalidOperationException("The engine over the answers read from SQLite differs from the engine over the generated ones.");
        }

        Console.WriteLine($"// Checked: SQL and engine agree on {queries.Count} indicator × breakdown results of round {Round}.");
    }

    private static string Show(SortedDictionary<string, (int N, int n)> groups) => string.Join("; ", groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Value.n}/{g.Value.N}")));
}
