using Microsoft.Playwright;
using RaceOptimizer.Testing;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>Race history through the browser: import the loop data, read the ratings, backtest a few races.</summary>
public sealed class HistoryTests(BrowserApp app)
{
    [Fact]
    public async Task Loop_data_gives_ratings_by_track_type_and_a_backtest_against_the_baselines()
    {
        var loopData = SharedData.File("loop-data-2019-2023.csv");
        var page = await app.NewPageAsync();
        await page.GotoAsync("history");
        await Expect(page.GetByTestId("history-summary")).ToContainTextAsync("rows");

        await FileChoice.ChooseAsync(page, "history-file", input => input.SetInputFilesAsync(loopData), "loop-data-2019-2023.csv");
        await page.GetByTestId("history-submit").ClickAsync();

        await Expect(page.GetByTestId("history-imported")).ToContainTextAsync("new", new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("ratings").Locator("tbody tr").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "history");

        // Two months of Cup races, few simulations: enough to see the report, quick on two cores.
        await TextEntry.FillAsync(page, "backtest-from", "2023-02-01");
        await TextEntry.FillAsync(page, "backtest-to", "2023-03-31");
        await TextEntry.FillAsync(page, "backtest-simulations", "100");
        await page.GetByTestId("backtest-submit").ClickAsync();

        await Expect(page.GetByTestId("backtest-metrics").Locator("tbody tr")).ToHaveCountAsync(3, new() { Timeout = 240_000 });
        await Expect(page.GetByTestId("calibration-chart").Locator(".bar-row").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "backtest");
    }
}
