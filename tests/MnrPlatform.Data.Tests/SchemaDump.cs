using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MnrPlatform.Data.Tests;

/// <summary>
/// The schema of a database as sorted lines (columns, indexes, keys), read from the database's own
/// catalog, so two databases can be compared line by line. EF Core's own bookkeeping tables are left out.
/// </summary>
public static class SchemaDump
{
    private static readonly string[] EfTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static async Task<IReadOnlyList<string>> ReadAsync(MnrDbContext db)
    {
        var lines = db.Database.IsSqlite() ? await ReadSqliteAsync(db) : await ReadPostgreSqlAsync(db);
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> ReadSqliteAsync(MnrDbContext db)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Select(t => t[0]).Where(t => !EfTables.Contains(t)))
        {
            foreach (var c in await QueryAsync(db, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} type={c[1]} notnull={c[2]} default={c[3]} pk={c[4]}");
            }

            foreach (var i in await QueryAsync(db, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(db, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(",", columns.Select(x => x[0]))})");
            }

            foreach (var f in await QueryAsync(db, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"fk {table}.{f[0]} -> {f[1]}.{f[2]} on delete {f[3]}");
            }

            var sql = await QueryAsync(db, $"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'");
            lines.Add($"autoincrement {table}={sql[0][0].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            if (sql[0][0].StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add($"virtual {table} {Squeeze(sql[0][0])}");
            }
        }

        // Search objects live outside the EF model (migration PracticeSearch): triggers keep them in step.
        foreach (var t in await QueryAsync(db, "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'"))
        {
            lines.Add($"trigger {t[0]}.{t[1]} {Squeeze(t[2])}");
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgreSqlAsync(MnrDbContext db)
    {
        var lines = new List<string>();
        const string columns = """
            SELECT table_name, column_name, data_type, COALESCE(character_maximum_length::text, ''), is_nullable,
                   COALESCE(column_default, ''), is_identity, COALESCE(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """;
        foreach (var c in (await QueryAsync(db, columns)).Where(c => !EfTables.Contains(c[0])))
        {
            lines.Add($"column {c[0]}.{c[1]} type={c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]}:{c[7]}");
        }

        foreach (var i in (await QueryAsync(db, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")).Where(i => !EfTables.Contains(i[0])))
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        }

        const string constraints = """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """;
        foreach (var k in (await QueryAsync(db, constraints)).Where(k => !EfTables.Contains(k[0].Trim('"'))))
        {
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        }

        const string triggers = "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal";
        lines.AddRange((await QueryAsync(db, triggers)).Select(t => $"trigger {t[0]}.{t[1]} {t[2]}"));
        lines.AddRange((await QueryAsync(db, "SELECT extname FROM pg_extension")).Select(e => $"extension {e[0]}"));
        const string searchConfigurations = """
            SELECT c.cfgname, t.alias, string_agg(d.dictname, ',' ORDER BY m.mapseqno)
            FROM pg_ts_config c JOIN pg_ts_config_map m ON m.mapcfg = c.oid
            CROSS JOIN LATERAL ts_token_type(c.cfgparser) t JOIN pg_ts_dict d ON d.oid = m.mapdict
            WHERE c.cfgnamespace = 'public'::regnamespace AND t.tokid = m.maptokentype
            GROUP BY c.cfgname, t.alias
            """;
        lines.AddRange((await QueryAsync(db, searchConfigurations)).Select(c => $"text-search {c[0]}.{c[1]} {c[2]}"));
        return lines;
    }

    private static string Squeeze(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<List<string[]>> QueryAsync(MnrDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
