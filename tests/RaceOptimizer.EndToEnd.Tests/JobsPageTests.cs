using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>The Jobs page live: a long simulation shows its progress and the navigation's count, then is cancelled.</summary>
public sealed class JobsPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_running_simulation_shows_progress_and_can_be_cancelled()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("jobs");
        await Expect(page.GetByTestId("simulation-submit")).ToBeVisibleAsync();

        // A million races take minutes on two cores: long enough to watch and cancel.
        await TextEntry.FillAsync(page, "simulation-count", "1000000");
        await TextEntry.FillAsync(page, "simulation-name", "Long run to cancel");
        await page.GetByTestId("simulation-submit").ClickAsync();

        var row = page.GetByTestId("jobs-grid").GetByRole(AriaRole.Row, new() { Name = "Long run to cancel" });
        await Expect(row.GetByTestId("job-progress")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        // The navigation pane (the hamburger drawer holds a hidden copy of it).
        await Expect(page.Locator("[area=nav]").GetByTestId("nav-job-count")).ToContainTextAsync("1 run");
        await Screenshots.TakeAsync(page, "jobs");

        await row.GetByTestId("job-details").ClickAsync();
        await Expect(page.GetByTestId("job-details-tabs")).ToContainTextAsync("1,000,000"); // the Config tab, read as a table
        await Screenshots.TakeAsync(page, "job-details");
        await page.GetByTestId("details-close").ClickAsync();

        await row.GetByTestId("job-cancel").ClickAsync();
        await Expect(row.Locator("[data-status=cancelled]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_finished_simulation_shows_each_driver_s_distribution()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("jobs");
        await TextEntry.FillAsync(page, "simulation-count", "500");
        await TextEntry.FillAsync(page, "simulation-name", "Short simulation");
        await page.GetByTestId("simulation-submit").ClickAsync();

        var row = page.GetByTestId("jobs-grid").GetByRole(AriaRole.Row, new() { Name = "Short simulation" });
        await Expect(row.Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await row.GetByTestId("job-link").ClickAsync();

        await Expect(page.GetByTestId("simulation-drivers").Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("simulation-results")).ToContainTextAsync("500 simulated races");
        await Screenshots.TakeAsync(page, "simulation");
    }
}
