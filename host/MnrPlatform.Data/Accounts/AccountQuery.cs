namespace MnrPlatform.Data.Accounts;

/// <summary>The columns the users grid can be sorted by.</summary>
public enum AccountSort
{
    /// <summary>By e-mail address (case-insensitive).</summary>
    Email,

    /// <summary>By role, then e-mail address.</summary>
    Role,

    /// <summary>Enabled accounts first (or last), then by e-mail address.</summary>
    Status,
}

/// <summary>Which accounts the users grid shows.</summary>
public enum AccountStatusFilter
{
    /// <summary>Every account.</summary>
    Any,

    /// <summary>Accounts that may sign in.</summary>
    Enabled,

    /// <summary>Disabled accounts.</summary>
    Disabled,
}

/// <summary>One page of the users grid: filtered, sorted and paged in the database.</summary>
/// <param name="Page">Zero-based page number.</param>
/// <param name="PageSize">Accounts per page (at most <see cref="MaxPageSize"/>).</param>
/// <param name="Search">Only addresses containing this text, when given.</param>
/// <param name="Role">Only this role, when given.</param>
/// <param name="Status">Enabled, disabled or both.</param>
/// <param name="Sort">The sort column.</param>
/// <param name="Descending">Reverse order.</param>
public sealed record AccountQuery(
    int Page = 0,
    int PageSize = 25,
    string? Search = null,
    string? Role = null,
    AccountStatusFilter Status = AccountStatusFilter.Any,
    AccountSort Sort = AccountSort.Email,
    bool Descending = false)
{
    /// <summary>The most accounts one page returns.</summary>
    public const int MaxPageSize = 200;
}
