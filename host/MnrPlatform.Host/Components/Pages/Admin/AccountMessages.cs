using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>
/// Why an account change was refused, in the page's language (keys <c>Problem.&lt;Code&gt;</c> of the account
/// words). A problem without a translation of its own shows its English message.
/// </summary>
public static class AccountMessages
{
    /// <summary>Each of <paramref name="problems"/> as the page says it.</summary>
    public static IReadOnlyList<string> For(IEnumerable<AccountProblem> problems, IStringLocalizer<AccountText> words)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(words);
        return [.. problems.Select(p => words["Problem." + p.Code, [.. p.Arguments.Select(Hosting.Localization.BidiText.Isolate)]] is { ResourceNotFound: false } said ? said.Value : p.Message)];
    }
}
