using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformLogging();
builder.AddStore();
builder.AddPlugins();
builder.AddSharedDataProtection();
builder.AddHealth();
builder.AddWebUi();

var app = builder.Build();
app.UseWebUi();
app.MapHealth();
app.MapFragments();
app.MapWebUi();
app.LogListeningAddresses();
app.LoadPlugins();
await app.MigrateStoreAsync();
await app.RunAsync();
