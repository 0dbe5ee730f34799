using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Live;

namespace RaceOptimizer.Ui.Tests;

/// <summary>A bUnit context with Fluent UI and the real typed clients of the API over <see cref="Api"/>.</summary>
public abstract class UiTestContext : BunitContext
{
    protected UiTestContext()
    {
        Services.AddFluentUIComponents();
        // Fluent components call their JS modules; in a unit test those calls only need to succeed.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(_ => new JobsClient(ApiHttp()));
        Services.AddSingleton(_ => new SlatesClient(ApiHttp()));
        Services.AddSingleton(_ => new HistoryClient(ApiHttp()));
        Services.AddSingleton(_ => new PresetsClient(ApiHttp()));
        Services.AddSingleton(_ => new SettingsClient(ApiHttp()));
        Services.AddSingleton(_ => new BackupClient(ApiHttp()));
        Services.AddSingleton(_ => new SystemClient(ApiHttp()));
        Services.AddSingleton(_ => new JobEventStream(ApiHttp()));
        Services.AddMemoryCache();
        Services.AddSingleton<FilledEntries>();
        Services.AddSingleton<JobFeed>();
        Services.AddLogging();
    }

    protected FakeApiHandler Api { get; } = new();

    private HttpClient ApiHttp() => new(Api, disposeHandler: false) { BaseAddress = new Uri("http://api.test/") };
}
