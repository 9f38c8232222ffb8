using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The real host, started in-process on its own SQLite file in a temp folder. Environment is
/// Production unless a test asks otherwise, so tests see what users see. Plugins come from the
/// test's bin/plugins folder (the six domain plugins) unless a test names another folder there.
/// </summary>
public class PlatformFactory(string environment = "Production", string pluginsFolder = "plugins") : WebApplicationFactory<Program>
{
    private readonly TempDirectory data = new();

    public string DataPath => data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:DataPath", data.Path);
        builder.UseSetting("Plugins:Path", pluginsFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }
}
