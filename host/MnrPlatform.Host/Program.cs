using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformLogging();
builder.AddStore();
builder.AddPlugins();
builder.AddSharedDataProtection();
builder.AddHealth();
builder.AddAccounts();
builder.AddSurveyData();
builder.AddSignInRateLimiting();
builder.AddWebUi();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseWebUi();
app.MapHealth();
app.MapFragments();
app.MapAccountEndpoints();
app.MapExchangeEndpoints();
app.MapQuestionnaireEndpoints();
app.MapWebUi();
app.LogListeningAddresses();
app.LoadPlugins();
await app.MigrateStoreAsync();
await app.SeedAccountsAsync();
await app.SeedSurveyDataAsync();
await app.RunAsync();
