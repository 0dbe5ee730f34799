using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>The results page of an optimize job at 1440x900: every driver named in full, and a removed lineup stays removed.</summary>
public sealed class KeptLineupsTests(BrowserApp app)
{
    private const string SampleSlateId = "sample-dk-cup-kansas";

    [Fact]
    public async Task Every_driver_shows_in_full_and_a_removed_lineup_stays_out_after_a_reload_and_in_the_upload_file()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"optimize?slate={SampleSlateId}");
        await TextEntry.FillAsync(page, "optimize-lineups", "3");
        await TextEntry.FillAsync(page, "optimize-simulations", "0");
        await page.GetByTestId("optimize-submit").ClickAsync();
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var rows = page.GetByTestId("lineups-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("portfolio-panel")).ToContainTextAsync("3 of 3");

        for (var row = 0; row < 3; row++)
        {
            await Expect(rows.Nth(row).Locator(".driver-chip")).ToHaveCountAsync(6);
        }

        // A chip cut short or spilling out of its cell, a figure or a heading cut by an ellipsis or its cell, would hide part of it.
        var clipped = await page.GetByTestId("lineups-table").EvaluateAsync<string[]>("""
            table => [
                ...[...table.querySelectorAll('.driver-chip')].filter(chip => {
                    const cell = chip.closest('td').getBoundingClientRect(), box = chip.getBoundingClientRect();
                    return chip.scrollWidth > chip.clientWidth || box.right > cell.right + 0.5 || box.bottom > cell.bottom + 0.5;
                }),
                ...[...table.querySelectorAll('td, th, th *')].filter(element => element.scrollWidth > element.clientWidth + 1
                    && (element.matches('td, th') || getComputedStyle(element).textOverflow === 'ellipsis')),
            ].map(element => element.textContent.trim())
            """);
        await Screenshots.TakeAsync(page, "results-kept-lineups");
        Assert.Empty(clipped);

        await rows.Nth(1).GetByTestId("lineup-remove").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await page.ReloadAsync();

        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("portfolio-panel")).ToContainTextAsync("2 of 3");
        await Expect(rows.Nth(1).Locator("td").First).ToHaveTextAsync("3");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-dk").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Where(line => line.Length > 0);
        Assert.Equal(3, lines.Count()); // the header and the two kept lineups

        // The page offers only DraftKings' file for a DraftKings job; asked for FanDuel's anyway, the answer says why not.
        var jobId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var fanDuel = await page.Context.APIRequest.GetAsync($"downloads/jobs/{jobId}/fd");
        Assert.Equal(400, fanDuel.Status);
        Assert.Contains("built DraftKings lineups", await fanDuel.TextAsync(), StringComparison.Ordinal);
        await Expect(page.GetByTestId("download-fd")).ToHaveCountAsync(0);
    }
}
