using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Live;
using RaceOptimizer.Ui.State;

namespace RaceOptimizer.Ui.Tests;

/// <summary>A bUnit context with Fluent UI and a real <see cref="RaceOptimizerApiClient"/> over <see cref="Api"/>.</summary>
public abstract class UiTestContext : BunitContext
{
    protected UiTestContext()
    {
        Services.AddFluentUIComponents();
        // Fluent components call their JS modules; in a unit test those calls only need to succeed.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(_ => new RaceOptimizerApiClient(new HttpClient(Api) { BaseAddress = new Uri("http://api.test/") }));
        Services.AddSingleton(_ => new JobEventStream(new HttpClient(Api) { BaseAddress = new Uri("http://api.test/") }));
        Services.AddSingleton<JobFeed>();
        Services.AddSingleton<SlateChoices>();
        Services.AddLogging();
    }

    protected FakeApiHandler Api { get; } = new();
}
