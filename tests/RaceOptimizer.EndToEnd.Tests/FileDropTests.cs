using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>A file dragged from the desktop onto the import dialog's drop zone is taken as if chosen.</summary>
public sealed class FileDropTests(BrowserApp app)
{
    [Fact]
    public async Task A_salary_file_dropped_on_its_zone_is_read_and_the_zone_marks_the_drag()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("races");
        await ImportDialog.OpenAsync(page);
        var content = await File.ReadAllTextAsync(Samples.Salaries, TestContext.Current.CancellationToken);

        await FileChoice.ChooseAsync(page, "import-salaries", input => DropAsync(page, input, "sample-dk-salaries.csv", content), "sample-dk-salaries.csv");

        await Expect(page.GetByTestId("import-salaries-ready")).ToContainTextAsync("bytes");
        await Expect(page.GetByTestId("import-submit")).Not.ToHaveAttributeAsync("disabled", new System.Text.RegularExpressions.Regex(".*"));
    }

    /// <summary>What a browser does for a file dragged in: enter the zone (marked), then drop on it, with the file.</summary>
    private static async Task DropAsync(IPage page, ILocator input, string name, string content)
    {
        var zone = input.Locator("xpath=ancestor::div[contains(@class, 'fluent-inputfile-container')]");
        var transfer = await page.EvaluateHandleAsync(
            "([name, content]) => { const transfer = new DataTransfer(); transfer.items.add(new File([content], name, { type: 'text/csv' })); return transfer; }",
            new[] { name, content });
        // The zone listens once Fluent's script has loaded, a moment after it shows: a person's drag comes later, a test's
        // may not, so it drags in again until the zone marks it.
        for (var attempt = 1; ; attempt++)
        {
            await zone.DispatchEventAsync("dragenter", new Dictionary<string, object> { ["dataTransfer"] = transfer });
            try
            {
                await Expect(zone).ToHaveAttributeAsync("drop-files", "true", new() { Timeout = 1_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 30)
            {
            }
        }

        await zone.DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await Expect(zone).Not.ToHaveAttributeAsync("drop-files", "true");
    }
}
