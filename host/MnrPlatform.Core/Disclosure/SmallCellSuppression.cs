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
/// <para>
/// Breakdowns can also be nested (income band over income group: the high band is the high-income
/// group, the low-and-middle band the sum of three groups). Such facts are given as
/// <see cref="RowLink"/>s and join the linear system, so a value hidden in one table is not
/// published under another name in the other.
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
    public static IReadOnlyList<DisclosedTable> Apply(DisclosureRule rule, IReadOnlyList<CountTable> tables) => Apply(rule, tables, []);

    /// <summary>
    /// Protects tables that break one population down in different ways, some rows of which are
    /// known to be sums of rows of another table (<paramref name="links"/>).
    /// </summary>
    /// <param name="rule">The disclosure rule.</param>
    /// <param name="tables">The tables, published together.</param>
    /// <param name="links">Rows known to be sums of rows of another table.</param>
    /// <param name="rowTotalsFirst">
    /// When true, the row totals (each group's number of countries) are protected first, on their
    /// own as if published alone, and are then not chosen as complements unless nothing else in the
    /// table can protect a value. Tables with the same row totals (indicators over one denominator)
    /// then show and hide the same row totals, so they cannot be combined to recover one another's.
    /// </param>
    public static IReadOnlyList<DisclosedTable> Apply(DisclosureRule rule, IReadOnlyList<CountTable> tables, IReadOnlyList<RowLink> links, bool rowTotalsFirst = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(links);
        if (tables.Count == 0)
        {
            return [];
        }

        CheckSamePopulation(tables);
        CheckLinks(tables, links);
        var grid = new Grid(tables, links) { LockRowTotals = rowTotalsFirst };
        if (rule.Suppresses)
        {
            if (rowTotalsFirst)
            {
                ProtectRowTotals(rule, tables, links, grid);
            }

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

    /// <summary>Hides in <paramref name="grid"/> the row totals that protecting them alone (one column: the totals) hides.</summary>
    private static void ProtectRowTotals(DisclosureRule rule, IReadOnlyList<CountTable> tables, IReadOnlyList<RowLink> links, Grid grid)
    {
        var totals = tables.Select(t => new CountTable(t.Breakdown, t.Rows, ["total"], RowTotals(t))).ToList();
        var shown = Apply(rule, totals, links);
        for (var t = 0; t < tables.Count; t++)
        {
            for (var r = 0; r <= tables[t].Rows.Count; r++)
            {
                // The cell and its row total are one value: hidden when either is, as primary when either is.
                var (cell, total) = (shown[t].Extended(r, 0), shown[t].Extended(r, 1));
                var why = cell.Suppression == Suppression.Primary || total.Suppression == Suppression.Primary ? Suppression.Primary
                    : cell.IsPublished && total.IsPublished ? Suppression.None
                    : Suppression.Complementary;
                if (why != Suppression.None)
                {
                    grid.Suppress(new Position(t, r, tables[t].Columns.Count), why);
                }
            }
        }
    }

    private static int[,] RowTotals(CountTable table)
    {
        var totals = new int[table.Rows.Count, 1];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            totals[r, 0] = table.RowTotal(r);
        }

        return totals;
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

    private static void CheckLinks(IReadOnlyList<CountTable> tables, IReadOnlyList<RowLink> links)
    {
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link);
            if (link.Table < 0 || link.Table >= tables.Count || link.SourceTable < 0 || link.SourceTable >= tables.Count
                || link.Row < 0 || link.Row >= tables[link.Table].Rows.Count
                || link.SourceRows.Any(r => r < 0 || r >= tables[link.SourceTable].Rows.Count))
            {
                throw new ArgumentException($"A row link points outside the tables: {link}.", nameof(links));
            }

            var columns = tables[0].Columns.Count;
            for (var c = 0; c <= columns; c++)
            {
                if (tables[link.Table].Extended(link.Row, c) != link.SourceRows.Sum(r => tables[link.SourceTable].Extended(r, c)))
                {
                    throw new ArgumentException(
                        $"Row '{tables[link.Table].Rows[link.Row]}' of '{tables[link.Table].Breakdown}' is not the sum of the linked rows of '{tables[link.SourceTable].Breakdown}'.",
                        nameof(links));
                }
            }
        }
    }

    /// <summary>A value of the extended tables: table, row, column (the total row is shared: table 0).</summary>
    private readonly record struct Position(int Table, int Row, int Column);

    private sealed class Grid
    {
        private readonly IReadOnlyList<CountTable> tables;
        private readonly IReadOnlyList<RowLink> sums;
        private readonly Dictionary<(int Table, int Row), (int Table, int Row)> aliases = [];
        private readonly Suppression[][,] state;
        private readonly int columns;

        public Grid(IReadOnlyList<CountTable> tables, IReadOnlyList<RowLink> links)
        {
            this.tables = tables;
            columns = tables[0].Columns.Count;
            state = tables.Select(t => new Suppression[t.Rows.Count + 1, columns + 1]).ToArray();

            // A row that is one row of another table is that row under another name: one value, one state.
            foreach (var link in links.Where(l => l.SourceRows.Count == 1))
            {
                var row = Resolve((link.Table, link.Row));
                var source = Resolve((link.SourceTable, link.SourceRows[0]));
                if (row != source)
                {
                    aliases[row] = source;
                }
            }

            sums = [.. links.Where(l => l.SourceRows.Count != 1)];
        }

        private (int Table, int Row) Resolve((int Table, int Row) row)
        {
            while (aliases.TryGetValue(row, out var next))
            {
                row = next;
            }

            return row;
        }

        /// <summary>Row totals are chosen as complements only when nothing else in the line is left.</summary>
        public bool LockRowTotals { get; init; }

        private int TotalRow(int table) => tables[table].Rows.Count;

        private int Value(Position p) => tables[p.Table].Extended(p.Row, p.Column);

        private bool IsSuppressed(Position p) => state[p.Table][p.Row, p.Column] != Suppression.None;

        /// <summary>
        /// Values in the total row are one value shared by every table; a row linked to a single row
        /// of another table is that row.
        /// </summary>
        private Position Canonical(Position p)
        {
            if (p.Row == TotalRow(p.Table))
            {
                return new Position(0, TotalRow(0), p.Column);
            }

            var (table, row) = Resolve((p.Table, p.Row));
            return new Position(table, row, p.Column);
        }

        /// <summary>Every position of every table, aliases and the other tables' total rows included.</summary>
        private IEnumerable<Position> EveryPosition() =>
            tables.SelectMany((t, i) =>
                from r in Enumerable.Range(0, t.Rows.Count + 1)
                from c in Enumerable.Range(0, columns + 1)
                select new Position(i, r, c));

        /// <summary>One position per distinct value.</summary>
        private IEnumerable<Position> AllPositions() => EveryPosition().Where(p => Canonical(p) == p);

        public void SuppressPrimary(int k)
        {
            foreach (var p in AllPositions().Where(p => Value(p) < k))
            {
                Suppress(p, Suppression.Primary);
            }
        }

        public void Suppress(Position p, Suppression why)
        {
            var value = Canonical(p);
            foreach (var q in EveryPosition().Where(q => Canonical(q) == value))
            {
                state[q.Table][q.Row, q.Column] = why;
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

            foreach (var link in sums)
            {
                for (var c = 0; c <= columns; c++)
                {
                    var sum = link.SourceRows.Select(r => (new Position(link.SourceTable, r, c), 1)).ToList();
                    sum.Add((new Position(link.Table, link.Row, c), -1));
                    yield return sum;
                }
            }
        }

        /// <summary>
        /// The smallest shown value in the recoverable value's row or column (inner cells first on
        /// ties), or in those of its aliases, or in a row sum it is part of; else anywhere.
        /// </summary>
        public Position? ChooseComplement(Position recoverable)
        {
            var value = Canonical(recoverable);
            var lines = EveryPosition().Where(p => p.Column == recoverable.Column && p.Row < TotalRow(p.Table) && Canonical(p) == value)
                .Prepend(recoverable)
                .SelectMany(at =>
                    Enumerable.Range(0, columns + 1).Select(c => new Position(at.Table, at.Row, c))
                        .Concat(Enumerable.Range(0, TotalRow(at.Table) + 1).Select(r => new Position(at.Table, r, at.Column))));
            var linked = sums
                .Where(l => Canonical(new Position(l.Table, l.Row, value.Column)) == value
                    || l.SourceRows.Any(r => Canonical(new Position(l.SourceTable, r, value.Column)) == value))
                .SelectMany(l => l.SourceRows.Select(r => new Position(l.SourceTable, r, value.Column)).Append(new Position(l.Table, l.Row, value.Column)));
            if (!LockRowTotals)
            {
                return Smallest(lines.Concat(linked)) ?? Smallest(AllPositions());
            }

            // Row totals were protected on their own: hide inner values (in the value's lines in every
            // table, then anywhere) before any row total, so tables over one denominator keep one pattern.
            // Once every inner value is hidden, the shown row totals fix nothing their own protection allows.
            var shared = value.Row == TotalRow(value.Table)
                ? tables.SelectMany((t, i) => Enumerable.Range(0, t.Rows.Count).Select(r => new Position(i, r, value.Column)))
                : [];
            var candidates = lines.Concat(linked).Concat(shared).Where(p => p.Column != columns);
            return Smallest(candidates) ?? Smallest(AllPositions().Where(p => p.Column != columns)) ?? Smallest(AllPositions());
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

/// <summary>
/// A fact about tables protected together: row <paramref name="Row"/> of table
/// <paramref name="Table"/> counts the same countries as rows <paramref name="SourceRows"/> of
/// table <paramref name="SourceTable"/> together (e.g. the high-income band is the high-income
/// group), so in every column its value is their sum.
/// </summary>
/// <param name="Table">The index of the coarser table.</param>
/// <param name="Row">The row in it.</param>
/// <param name="SourceTable">The index of the finer table.</param>
/// <param name="SourceRows">The rows of the finer table that make up the row.</param>
public sealed record RowLink(int Table, int Row, int SourceTable, IReadOnlyList<int> SourceRows);
