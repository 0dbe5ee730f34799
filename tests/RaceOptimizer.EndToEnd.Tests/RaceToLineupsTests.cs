using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>A user's main path in a real browser: import a race, optimize it, read the results, download the upload file.</summary>
public sealed partial class RaceToLineupsTests(BrowserApp app)
{
    private const int Lineups = 5;

    [Fact]
    public async Task Import_the_sample_race_optimize_it_and_download_the_DraftKings_file()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("races");
        await Expect(page.GetByTestId("slate-list")).ToContainTextAsync("Hollywood Casino 400");
        await Screenshots.TakeAsync(page, "races");

        // A grid naming a driver who is not on the slate is refused, with its line.
        await ImportDialog.OpenAsync(page);
        await FileChoice.ChooseAsync(page, "import-salaries", input => input.SetInputFilesAsync(Samples.Salaries), "sample-dk-salaries.csv");
        var badGrid = ImportDialog.Csv("grid.csv", "driver,start\nNobody Atall,1\n");
        await FileChoice.ChooseAsync(page, "import-grid", input => input.SetInputFilesAsync(badGrid), "grid.csv");
        await ImportDialog.SubmitAsync(page);
        await Expect(page.GetByTestId("import-problems")).ToContainTextAsync("grid.csv");
        await Expect(page.GetByTestId("import-problems").Locator("tbody tr td").Nth(1)).ToHaveTextAsync("2");
        await Screenshots.TakeAsync(page, "races-import-problems");

        await FileChoice.ChooseAsync(page, "import-grid", input => input.SetInputFilesAsync(Samples.Grid), "sample-");
        await FileChoice.ChooseAsync(page, "import-projections", input => input.SetInputFilesAsync(Samples.Projections), "sample-");
        await FileChoice.ChooseAsync(page, "import-ownership", input => input.SetInputFilesAsync(Samples.Ownership), "sample-");

        await ImportDialog.SubmitAsync(page);

        // Blazor navigates inside the page (history.pushState): the address is polled, not awaited as a navigation event, which
        // was missed on a loaded CI run though the race page was showing. The import itself can be slow on a loaded machine.
        await Expect(page).ToHaveURLAsync(RacePage(), new() { Timeout = 90_000 });
        await Expect(page.GetByTestId("driver-table")).ToContainTextAsync("Kyle Larson");
        await Expect(page.GetByTestId("value-90000101")).ToHaveClassAsync(new Regex("value-(good|fair|poor)"));
        await page.GetByTestId("lock-90000101").ClickAsync();
        await Expect(page.GetByTestId("lock-90000101")).ToHaveAttributeAsync("aria-pressed", "true");
        // The lock is kept with the race: a reload (or another day) finds it.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("lock-90000101")).ToHaveAttributeAsync("aria-pressed", "true");
        await Screenshots.TakeAsync(page, "race");

        await page.GetByTestId("race-optimize").ClickAsync();
        await Expect(page.GetByTestId("optimize-choices")).ToContainTextAsync("Locked: Kyle Larson");
        await TextEntry.FillAsync(page, "optimize-lineups", Lineups.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A cash build ranks by the projections just imported, and says so, with no simulation asked for.
        await Expect(page.GetByTestId("optimize-points-source")).ToHaveTextAsync("Ranked by your projections.");
        await Screenshots.TakeAsync(page, "optimize");
        await page.GetByTestId("optimize-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(JobPage(), new() { Timeout = 90_000 });
        var firstJob = page.Url;
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("lineups-table").Locator("tbody tr")).ToHaveCountAsync(Lineups);
        await Expect(page.GetByTestId("kept-exposures")).ToContainTextAsync("Kyle Larson");
        await Screenshots.TakeAsync(page, "results");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-dk").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken))
            .Where(line => line.Length > 0).ToList();
        Assert.Equal("D,D,D,D,D,D", lines[0]);
        Assert.Equal(Lineups, lines.Count - 1);
        Assert.All(lines.Skip(1), line =>
        {
            var ids = line.Split(',');
            Assert.Equal(6, ids.Distinct().Count());
            Assert.Contains("90000101", ids);
        });

        await page.GetByTestId("job-page-rerun").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(firstJob);
        await Expect(page).ToHaveURLAsync(JobPage());
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
    }

    [GeneratedRegex("/races/[^/]+$")]
    private static partial Regex RacePage();

    [GeneratedRegex("/jobs/[^/]+$")]
    private static partial Regex JobPage();
}
