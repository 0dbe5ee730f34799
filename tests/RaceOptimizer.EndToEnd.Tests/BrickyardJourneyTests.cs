using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RaceOptimizer.Testing;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// The player's journey on the real Brickyard 400 DraftKings export, with what a player really has: no race date, a grid
/// that lacks two drivers, projections for a few drivers and ownership for a few. The cash build ranks by the typed
/// projections, the results show the portfolio and every lineup's six drivers, a removed lineup stays removed.
/// </summary>
public sealed partial class BrickyardJourneyTests(BrowserApp app)
{
    private const int Lineups = 4;

    /// <summary>A $4,500 driver projected far above his price: a cash build on the typed projections takes him every time.</summary>
    private const string Bargain = "Daniel Dye";

    [Fact]
    public async Task An_undated_export_with_a_partial_grid_projections_and_ownership_builds_on_the_typed_projections()
    {
        var export = SharedData.File("dk-salaries-cup-brickyard-400.csv");
        var drivers = (await File.ReadAllLinesAsync(export, TestContext.Current.CancellationToken)).Skip(1)
            .Select(line => line.Split(',')).Where(cells => cells.Length > 5).Select(cells => cells[2]).ToList();
        var missing = drivers.Where(d => d != Bargain).TakeLast(2).ToList();
        var starters = drivers.Except(missing).ToList();
        var grid = new StringBuilder("driver,start\n");
        foreach (var (driver, start) in starters.Select((d, i) => (d, i + 1)))
        {
            grid.Append(CultureInfo.InvariantCulture, $"{driver},{start}\n");
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync("races");
        await ImportDialog.OpenAsync(page);
        await FileChoice.ChooseAsync(page, "import-salaries", input => input.SetInputFilesAsync(export), "dk-salaries-cup-brickyard-400.csv");
        await FileChoice.ChooseAsync(page, "import-grid", input => input.SetInputFilesAsync(ImportDialog.Csv("grid.csv", grid.ToString())), "grid.csv");
        await FileChoice.ChooseAsync(page, "import-projections", input => input.SetInputFilesAsync(ImportDialog.Csv(
            "projections.csv", $"driver,dk_points\n{Bargain},95\nDenny Hamlin,60\nKyle Larson,55\n")), "projections.csv");
        await FileChoice.ChooseAsync(page, "import-ownership", input => input.SetInputFilesAsync(ImportDialog.Csv(
            "ownership.csv", "driver,ownership\nDenny Hamlin,31.5\nKyle Larson,22\n")), "ownership.csv");
        await ImportDialog.SubmitAsync(page);

        // The race page lists both drivers the grid left out.
        await Expect(page).ToHaveURLAsync(RacePage(), new() { Timeout = 90_000 });
        foreach (var driver in missing)
        {
            await Expect(page.GetByTestId("slate-adjustments")).ToContainTextAsync(driver);
        }

        await page.GetByTestId("race-optimize").ClickAsync();
        await TextEntry.FillAsync(page, "optimize-lineups", Lineups.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("optimize-points-source")).ToContainTextAsync($"Ranked by your projections for 3 of {drivers.Count} drivers");
        await page.GetByTestId("optimize-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(JobPage(), new() { Timeout = 90_000 });
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("portfolio-panel")).ToContainTextAsync($"{Lineups} of {Lineups}");
        var rows = page.GetByTestId("lineups-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(Lineups);
        for (var row = 0; row < Lineups; row++)
        {
            await Expect(rows.Nth(row).Locator(".driver-chip")).ToHaveCountAsync(6);
            await Expect(rows.Nth(row)).ToContainTextAsync(Bargain); // the typed projection drives the build
            foreach (var driver in missing)
            {
                await Expect(rows.Nth(row)).Not.ToContainTextAsync(driver);
            }
        }

        await rows.Nth(0).GetByTestId("lineup-remove").ClickAsync();
        await Expect(rows).ToHaveCountAsync(Lineups - 1);
        await page.ReloadAsync();
        await Expect(rows).ToHaveCountAsync(Lineups - 1);
        await Expect(page.GetByTestId("portfolio-panel")).ToContainTextAsync($"{Lineups - 1} of {Lineups}");
    }

    [GeneratedRegex("/races/[^/]+$")]
    private static partial Regex RacePage();

    [GeneratedRegex("/jobs/[^/]+$")]
    private static partial Regex JobPage();
}
