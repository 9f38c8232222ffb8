using MnrPlatform.Core.Disclosure;

namespace MnrPlatform.Core.Tests.Disclosure;

public sealed class SuppressionTests
{
    private static readonly string[] Answers = ["Yes", "No"];

    private static CountTable Table(string breakdown, string[] rows, int[,] counts) => new(breakdown, rows, Answers, counts);

    [Fact]
    public void A_table_without_small_cells_is_published_whole()
    {
        var table = Table("Income group", ["High", "Low"], new[,] { { 10, 5 }, { 7, 9 } });

        var shown = SmallCellSuppression.Apply(DisclosureRule.SmallCells(5), table);

        Assert.Equal(0, shown.SuppressedCount);
        Assert.Equal(15, shown.RowTotal(0).Value);
        Assert.Equal(17, shown.ColumnTotal(0).Value);
        Assert.Equal(31, shown.GrandTotal.Value);
    }

    [Fact]
    public void A_small_cell_is_hidden_with_complements_in_its_row_and_column()
    {
        // High income: 12 yes, 3 no. Without complements "No" = 15 - 12 would give the 3 away.
        var table = Table("Income group", ["High", "Upper middle", "Low"], new[,] { { 12, 3 }, { 8, 6 }, { 9, 7 } });

        var shown = SmallCellSuppression.Apply(DisclosureRule.SmallCells(5), table);

        Assert.Equal(new DisclosedCount(null, Suppression.Primary), shown.Cell(0, 1));
        var rowHidden = Enumerable.Range(0, 3).Count(c => !shown.Extended(0, c).IsPublished);
        var columnHidden = Enumerable.Range(0, 4).Count(r => !shown.Extended(r, 1).IsPublished);
        Assert.True(rowHidden >= 2, $"row of the small cell has {rowHidden} hidden values");
        Assert.True(columnHidden >= 2, $"column of the small cell has {columnHidden} hidden values");
        Assert.Contains(Enumerable.Range(0, 3).SelectMany(r => Enumerable.Range(0, 2).Select(c => shown.Cell(r, c))),
            cell => cell.Suppression == Suppression.Complementary);
        // Whatever is shown is the truth.
        Assert.Equal(45, shown.GrandTotal.Value);
        Assert.All(new[] { shown.Cell(1, 0), shown.Cell(2, 0), shown.Cell(2, 1) }.Where(c => c.IsPublished),
            c => Assert.InRange(c.Value!.Value, 7, 9));
    }

    [Fact]
    public void Zero_counts_are_small_cells_too()
    {
        var table = Table("Region", ["Africa", "Europe"], new[,] { { 0, 9 }, { 8, 6 } });

        var shown = SmallCellSuppression.Apply(DisclosureRule.SmallCells(5), table);

        Assert.Equal(Suppression.Primary, shown.Cell(0, 0).Suppression);
        Assert.Null(shown.Cell(0, 0).Value);
    }

    [Fact]
    public void The_secretariat_rule_publishes_every_count()
    {
        var table = Table("Income group", ["High", "Low"], new[,] { { 1, 2 }, { 0, 9 } });

        var shown = SmallCellSuppression.Apply(DisclosureRule.Unrestricted, table);

        Assert.Equal(0, shown.SuppressedCount);
        Assert.Equal(1, shown.Cell(0, 0).Value);
        Assert.Equal(0, shown.Cell(1, 0).Value);
    }

    [Fact]
    public void Breakdowns_of_one_population_share_their_hidden_totals()
    {
        // 3 countries answered "No": the column total is small in both breakdowns.
        var byIncome = Table("Income group", ["High", "Low"], new[,] { { 9, 1 }, { 8, 2 } });
        var byRegion = Table("Region", ["Africa", "Asia", "Europe"], new[,] { { 6, 1 }, { 5, 1 }, { 6, 1 } });

        var shown = SmallCellSuppression.Apply(DisclosureRule.SmallCells(5), [byIncome, byRegion]);

        Assert.Equal(2, shown.Count);
        Assert.False(shown[0].ColumnTotal(1).IsPublished);
        Assert.False(shown[1].ColumnTotal(1).IsPublished);
        Assert.Equal(shown[0].GrandTotal, shown[1].GrandTotal);
        Assert.Equal(shown[0].ColumnTotal(0), shown[1].ColumnTotal(0));
    }

    [Fact]
    public void Tables_of_different_populations_cannot_be_protected_together()
    {
        var a = Table("Income group", ["High"], new[,] { { 9, 1 } });
        var b = Table("Region", ["Africa"], new[,] { { 8, 1 } });

        var error = Assert.Throws<ArgumentException>(() => SmallCellSuppression.Apply(DisclosureRule.SmallCells(5), [a, b]));
        Assert.Contains("one population", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_counts_each_country_once_and_refuses_unknown_labels()
    {
        var countries = new[] { ("KEN", "Low", "Yes"), ("GHA", "Low", "No"), ("NOR", "High", "Yes") };

        var table = CountTable.Tally("Income group", countries, c => c.Item2, c => c.Item3, ["High", "Low"], Answers);

        Assert.Equal(1, table.Count(0, 0));
        Assert.Equal(1, table.Count(1, 1));
        Assert.Equal(3, table.GrandTotal);
        Assert.Throws<ArgumentException>(() =>
            CountTable.Tally("Income group", countries, c => c.Item2, c => c.Item3, ["High"], Answers));
    }

    [Fact]
    public void K_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureRule.SmallCells(0));
    }
}
