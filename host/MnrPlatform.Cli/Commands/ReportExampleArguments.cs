using System.CommandLine;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Reports;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr report --example 12 --example 15</c>: published examples of practice to include as boxes,
/// chosen as on the reports page and refused alike (<see cref="ReportExamples"/>): the public report
/// takes only examples whose country consented to public display.
/// </summary>
internal sealed class ReportExampleArguments
{
    public Option<int[]> Ids { get; } = new("--example")
    {
        Description = "A published example of practice to include as a box (repeatable; the public report takes only examples consented to public display).",
    };

    public void AddTo(Command command) => command.Options.Add(Ids);

    /// <summary>The boxes of the chosen examples for <paramref name="audience"/>; null, after writing the refusal naming the example, when one may not go in.</summary>
    public async Task<IReadOnlyList<ReportExampleBox>?> ChooseAsync(ParseResult parse, MnrDbContext db, FrameworkCatalog catalog, ReportAudience audience, CancellationToken cancellationToken)
    {
        var ids = parse.GetValue(Ids) ?? [];
        if (ids.Length == 0)
        {
            return [];
        }

        var chosen = new ReportExamples(new PracticeLibrary(db, new ExampleSearch(db), new AuditLog(db)), catalog);
        var secretariat = AccessScope.For(PlatformPrincipal.System($"cli:{Environment.UserName}"));
        try
        {
            return await chosen.ChooseAsync(secretariat, audience, ids, cancellationToken);
        }
        catch (ReportExampleException e)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }
}
