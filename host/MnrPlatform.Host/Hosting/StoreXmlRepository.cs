using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Keeps data protection keys in the platform's database, so antiforgery tokens and cookies
/// issued by one host instance are accepted by the others and survive a restart.
/// </summary>
internal sealed class StoreXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return db.DataProtectionKeys.Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
