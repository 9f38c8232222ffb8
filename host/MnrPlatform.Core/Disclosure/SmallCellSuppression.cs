namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// Small-cell suppression with complementary suppression, for tables of counts of countries.
/// <para>
/// Primary: every value (cell or total) of fewer than k countries is hidden, zeros included.
/// Complementary: hidden values must not be recoverable from what is shown. Every table's rows and
/// columns add up to their totals, and tables given together (breakdowns of one population) share
/// their total row, so the shown values and these sums form a linear system in the hidden ones. A
/// hidden value is recoverable exactly when that system fixes it (its unit vector lies in the row
/// space of the system's coefficients). While one is, the smallest shown value in its row or
/// column is hidden too, and the check runs again. This covers the simple attack (a row with one
/// hidden cell and a shown total) and every combination of rows, columns and breakdowns.
/// </para>
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Protects one table.</summary>
    public static DisclosedTable Apply(DisclosureRule rule, CountTable table) => Apply(rule, [table])[0];

    /// <summary>
    /// Protects tables that break one population down in different ways: same columns, same
    /// column totals. They are published together, so they are protected together.
    /// </summary>
    public static IReadOnlyList<DisclosedTable> Apply(DisclosureRule rule, IReadOnlyList<CountTable> tables)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            return [];
        }

        CheckSamePopulation(tables);
        var grid = new Grid(tables);
        if (rule.Suppresses)
        {
            grid.SuppressPrimary(rule.MinimumCellSize);
            while (grid.FirstRecoverable() is { } recoverable)
            {
                if (grid.ChooseComplement(recoverable) is not { } complement)
                {
                    break;
                }

                grid.Suppress(complement, Suppression.Complementary);
            }
        }

        return tables.Select((t, i) => grid.Disclose(i, rule)).ToList();
    }

    private static void CheckSamePopulation(IReadOnlyList<CountTable> tables)
    {
        var first = tables[0];
        foreach (var table in tables.Skip(1))
        {
            if (!table.Columns.SequenceEqual(first.Columns, StringComparer.Ordinal)
                || Enumerable.Range(0, first.Columns.Count).Any(c => table.ColumnTotal(c) != first.ColumnTotal(c)))
            {
                throw new ArgumentException(
                    $"Tables protected together must break down one population: '{table.Breakdown}' has other columns or column totals than '{first.Breakdown}'.",
                    nameof(tables));
            }
        }
    }

    /// <summary>A value of the extended tables: table, row, column (the total row is shared: table 0).</summary>
    private readonly record struct Position(int Table, int Row, int Column);

    private sealed class Grid
    {
        private readonly IReadOnlyList<CountTable> tables;
        private readonly Suppression[][,] state;
        private readonly int columns;

        public Grid(IReadOnlyList<CountTable> tables)
        {
            this.tables = tables;
            columns = tables[0].Columns.Count;
            state = tables.Select(t => new Suppression[t.Rows.Count + 1, columns + 1]).ToArray();
        }

        private int TotalRow(int table) => tables[table].Rows.Count;

        private int Value(Position p) => tables[p.Table].Extended(p.Row, p.Column);

        private bool IsSuppressed(Position p) => state[p.Table][p.Row, p.Column] != Suppression.None;

        /// <summary>Values in the total row are one value shared by every table.</summary>
        private Position Canonical(Position p) => p.Row == TotalRow(p.Table) ? new Position(0, TotalRow(0), p.Column) : p;

        private IEnumerable<Position> AllPositions() =>
            tables.SelectMany((t, i) =>
                from r in Enumerable.Range(0, t.Rows.Count + 1)
                from c in Enumerable.Range(0, columns + 1)
                where r < t.Rows.Count || i == 0
                select new Position(i, r, c));

        public void SuppressPrimary(int k)
        {
            foreach (var p in AllPositions().Where(p => Value(p) < k))
            {
                Suppress(p, Suppression.Primary);
            }
        }

        public void Suppress(Position p, Suppression why)
        {
            if (p.Row == TotalRow(p.Table))
            {
                for (var t = 0; t < tables.Count; t++)
                {
                    state[t][TotalRow(t), p.Column] = why;
                }
            }
            else
            {
                state[p.Table][p.Row, p.Column] = why;
            }
        }

        /// <summary>The first hidden value the shown values and the sums fix, if any.</summary>
        public Position? FirstRecoverable()
        {
            var unknowns = AllPositions().Where(IsSuppressed).ToList();
            if (unknowns.Count == 0)
            {
                return null;
            }

            var index = unknowns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
            var equations = Equations().Select(eq => eq.Where(term => index.ContainsKey(Canonical(term.At))).ToList())
                .Where(eq => eq.Count > 0)
                .Select(eq =>
                {
                    var row = new double[unknowns.Count];
                    foreach (var (at, sign) in eq)
                    {
                        row[index[Canonical(at)]] += sign;
                    }

                    return row;
                })
                .ToList();
            var determined = LinearSystem.DeterminedUnknowns(equations, unknowns.Count);
            return determined.Count == 0 ? null : unknowns[determined.Min()];
        }

        /// <summary>Every row and column sum of every table, as signed terms that add up to zero.</summary>
        private IEnumerable<List<(Position At, int Sign)>> Equations()
        {
            for (var t = 0; t < tables.Count; t++)
            {
                var total = TotalRow(t);
                var lastRow = t == 0 ? total : total - 1;
                for (var r = 0; r <= lastRow; r++)
                {
                    var row = Enumerable.Range(0, columns).Select(c => (new Position(t, r, c), 1)).ToList();
                    row.Add((new Position(t, r, columns), -1));
                    yield return row;
                }

                for (var c = 0; c <= columns; c++)
                {
                    var column = Enumerable.Range(0, total).Select(r => (new Position(t, r, c), 1)).ToList();
                    column.Add((new Position(t, total, c), -1));
                    yield return column;
                }
            }
        }

        /// <summary>The smallest shown value in the recoverable value's row or column (inner cells first on ties), else anywhere.</summary>
        public Position? ChooseComplement(Position recoverable)
        {
            var t = recoverable.Table;
            var lines = Enumerable.Range(0, columns + 1).Select(c => new Position(t, recoverable.Row, c))
                .Concat(Enumerable.Range(0, TotalRow(t) + 1).Select(r => new Position(t, r, recoverable.Column)));
            return Smallest(lines) ?? Smallest(AllPositions());
        }

        private Position? Smallest(IEnumerable<Position> candidates)
        {
            var shown = candidates.Select(Canonical).Where(p => !IsSuppressed(p)).Distinct().ToList();
            return shown.Count == 0
                ? null
                : shown.OrderBy(Value)
                    .ThenBy(p => p.Row == TotalRow(p.Table) || p.Column == columns ? 1 : 0)
                    .ThenBy(p => p.Table).ThenBy(p => p.Row).ThenBy(p => p.Column)
                    .First();
        }

        public DisclosedTable Disclose(int table, DisclosureRule rule)
        {
            var source = tables[table];
            var cells = new DisclosedCount[source.Rows.Count + 1, columns + 1];
            for (var r = 0; r <= source.Rows.Count; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    var why = state[table][r, c];
                    cells[r, c] = new DisclosedCount(why == Suppression.None ? source.Extended(r, c) : null, why);
                }
            }

            return new DisclosedTable(source, rule, cells);
        }
    }
}
