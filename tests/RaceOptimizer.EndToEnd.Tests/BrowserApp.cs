using Microsoft.Playwright;
using RaceOptimizer.AppHost.Tests;
using RaceOptimizer.Testing;

[assembly: AssemblyFixture(typeof(RaceOptimizer.EndToEnd.Tests.BrowserApp))]

// One application serves every test: run one test at a time, so that a backtest's load does not time out another's page.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// The whole application (AppHost, redis-server mode) and one headless Debian Chromium, started once for all the
/// browser tests. Chromium comes from the machine: Playwright's own browser download cannot work offline.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly TemporaryFolder dataFolder = new();
    private readonly WholeAppLock wholeApp = new();
    private RaceOptimizerApp? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Ui { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var chromium = RequiredTool.Find("chromium", "apt-get install chromium");
        RequiredTool.Find("redis-server", "apt-get install redis-server");
        await wholeApp.InitializeAsync();
        app = await RaceOptimizerApp.StartAsync("server", dataFolder.Path);
        // A page renders once its circuit is up, which on two busy cores can take more than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        Ui = app.EndpointOf("ui");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root in a container; no GPU; and no calls home, which this machine's closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser context (own cookies, own circuit), signed in through the UI's sign-in link.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await NewSignedOutPageAsync();
        // The link's request alone, in the context's cookie jar: its redirect to the start page is not followed.
        var signedIn = await page.Context.APIRequest.GetAsync($"login?t={TestAccessToken.Value}", new() { MaxRedirects = 0 });
        Assert.Equal(302, signedIn.Status);
        // Signed-out pages are left out: the refusals they meet on purpose log their 401s.
        BrowserConsole.Watch(page);
        return page;
    }

    /// <summary>A fresh browser context that has not signed in, as a person's first visit.</summary>
    public async Task<IPage> NewSignedOutPageAsync()
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = Ui.ToString(),
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        dataFolder.Dispose();
        await wholeApp.DisposeAsync();
    }
}
