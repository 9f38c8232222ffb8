using Microsoft.AspNetCore.Http.HttpResults;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;
using MnrPlatform.Host.Components.Common;

namespace MnrPlatform.Host.Web;

/// <summary>HTML fragments that htmx swaps into pages (they render Razor components).</summary>
internal static class FragmentEndpoints
{
    public static WebApplication MapFragments(this WebApplication app)
    {
        var fragments = app.MapGroup("/fragments").ExcludeFromDescription();
        // The store's description names its file or server: administrators only.
        fragments.MapGet("/store-status", StoreStatusAsync).RequireAuthorization(AccessPolicies.ManageSettings);
        return app;
    }

    private static async Task<RazorComponentResult<StoreStatusCard>> StoreStatusAsync(
        MnrDbContext db, StoreConnection connection, CancellationToken cancellationToken)
    {
        var status = await StoreStatus.ReadAsync(db, connection, cancellationToken);
        return new RazorComponentResult<StoreStatusCard>(new { Status = status });
    }
}
