using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>A player simulates a race from its page and reads the simulation beside his projections.</summary>
public sealed partial class RaceSimulationTests(BrowserApp app)
{
    private const string SampleRace = "races/sample-dk-cup-kansas";

    [Fact]
    public async Task Simulate_from_the_race_page_and_read_the_simulated_columns_there()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(SampleRace);
        await Expect(page.GetByTestId("driver-table")).ToContainTextAsync("Kyle Larson");

        await page.WaitForFunctionAsync("() => customElements.get('fluent-button') !== undefined");
        await page.GetByTestId("race-simulate").ClickAsync();
        await Expect(page).ToHaveURLAsync(JobPage(), new() { Timeout = 90_000 });
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("simulation-spread").GetByTestId("spread-row")).ToHaveCountAsync(36);
        await Screenshots.TakeAsync(page, "simulation-from-race");

        await page.GotoAsync(SampleRace);
        await Expect(page.GetByTestId("race-simulation")).ToContainTextAsync("Simulated: 10,000 races");
        await Expect(page.GetByTestId("sim-mean-90000101")).ToHaveTextAsync(MeanPoints());
        await Expect(page.GetByTestId("sim-value-90000101")).ToHaveClassAsync(new Regex("value-(good|fair|poor)"));
        await Screenshots.TakeAsync(page, "race-simulated");
    }

    [GeneratedRegex("/jobs/[^/]+$")]
    private static partial Regex JobPage();

    [GeneratedRegex(@"^\d+\.\d$")]
    private static partial Regex MeanPoints();
}
