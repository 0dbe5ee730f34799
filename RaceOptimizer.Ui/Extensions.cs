using Microsoft.Extensions.Http.Resilience;
using Microsoft.FluentUI.AspNetCore.Components;
using Polly;
using RaceOptimizer.ServiceDefaults;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Live;

namespace RaceOptimizer.Ui;

public static class Extensions
{
    /// <summary>The UI's own services: Fluent UI, the typed API client, the dashboard's address and the readiness check on the API.</summary>
    public static TBuilder AddApplicationServices<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddFluentUIComponents();

        // One typed client per resource (JobsClient, SlatesClient...), all on one named client whose standard handler, put
        // on every client by ServiceDefaults, is replaced with one tuned for the API.
        // RemoveAllResilienceHandlers is still marked experimental; it is the documented way to do that.
#pragma warning disable EXTEXP0001
        builder.Services.AddSingleton(AccessToken.From(builder.Configuration)); // calls the API with it; signs people in with it
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddApiClients()
            .AddHttpMessageHandler<AccessTokenHandler>()
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                // A person is waiting on the page and has a Retry button: fail within seconds, not after ~15 s of backoff.
                options.Retry.MaxRetryAttempts = 2;
                options.Retry.Delay = TimeSpan.FromMilliseconds(300);
                // A self-test POST writes a row; retrying it after a lost answer would run it twice.
                options.Retry.DisableForUnsafeHttpMethods();
                var shouldRetry = options.Retry.ShouldHandle;
                options.Retry.ShouldHandle = args => IsSingleAttempt(args.Context) ? PredicateResult.False() : shouldRetry(args);

                // Writes are sent once and some are long (a season of loop data, a backup restore, on a busy machine):
                // they get minutes; reads keep the standard seconds, so a hung API still shows quickly on a page.
                var attempt = options.AttemptTimeout.Timeout;
                var total = options.TotalRequestTimeout.Timeout;
                options.AttemptTimeout.TimeoutGenerator = args => ValueTask.FromResult(IsWrite(args.Context) ? LongWrite : attempt);
                options.TotalRequestTimeout.TimeoutGenerator = args => ValueTask.FromResult(IsWrite(args.Context) ? LongWrite : total);
            });

        // The event stream stays open as long as the circuit: no resilience timeouts, no client timeout.
        builder.Services.AddHttpClient<JobEventStream>(client =>
            {
                client.BaseAddress = new Uri(ApiClient.ServiceAddress);
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<AccessTokenHandler>()
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddMemoryCache(options => options.SizeLimit = 64 * 1024 * 1024); // filled entries files, by size
        builder.Services.AddSingleton<FilledEntries>();
        builder.Services.AddScoped<JobFeed>();

        builder.Services.AddHealthChecks().AddCheck<ApiHealthCheck>(ApiHealthCheck.Name);
        return builder;
    }

    /// <summary>The longest a write (sent once) may take before the page reports that the API did not answer.</summary>
    private static readonly TimeSpan LongWrite = TimeSpan.FromMinutes(3);

    private static bool IsWrite(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;

    private static bool IsSingleAttempt(ResilienceContext context) =>
        context.GetRequestMessage() is { } request
        && request.Options.TryGetValue(ApiClient.SingleAttempt, out var singleAttempt)
        && singleAttempt;
}
