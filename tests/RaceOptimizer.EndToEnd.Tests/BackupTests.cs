using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>A backup goes out and comes back through the browser, streamed both ways rather than held whole by the UI.</summary>
public sealed class BackupTests(BrowserApp app)
{
    [Fact]
    public async Task A_downloaded_backup_restores_from_the_settings_page()
    {
        var page = await app.NewPageAsync();
        var download = await page.Context.APIRequest.GetAsync("downloads/backup");
        Assert.Equal(200, download.Status);
        var file = Path.Combine(Path.GetTempPath(), $"raceoptimizer-backup-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, await download.BodyAsync(), TestContext.Current.CancellationToken);
        try
        {
            await page.GotoAsync("settings");
            await FileChoice.ChooseAsync(page, "restore-file", input => input.SetInputFilesAsync(file), "is ready");

            await page.GetByTestId("restore-submit").ClickAsync();

            await Expect(page.GetByTestId("data-message")).ToContainTextAsync("Done (merge)", new() { Timeout = 30_000 });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
