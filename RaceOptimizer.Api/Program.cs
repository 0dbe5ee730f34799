using Microsoft.AspNetCore.OpenApi;
using RaceOptimizer.Api;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Api.SignIn;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.Services.AddProblemResponses();
builder.AddSignIn();
// "v1", the document AddOpenApi (in AddSignIn) registers: its options are named by it.
builder.Services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer<BodyLimitDocumentation>());

var app = builder.Build();

await DatabaseSetup.MigrateAsync(app.Services);
await SampleSlateSeed.SeedAsync(app.Services);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapSystemApi();
app.MapSlatesApi();
app.MapSlateDriversApi();
app.MapSlateChoicesApi();
app.MapTracksApi();
app.MapResultsApi();
app.MapJobsApi();
app.MapKeptPortfolioApi();
app.MapHistoryApi();
app.MapPresetsApi();
app.MapBackupApi();
app.MapSettingsApi();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(options => options.AddPreferredSecuritySchemes(BearerTokenHandler.SchemeName)).AllowAnonymous();

app.Logger.LogInformation("Data folder: {DataFolder}", app.Services.GetRequiredService<ApiEnvironment>().DataFolder);

await app.RunAsync();
