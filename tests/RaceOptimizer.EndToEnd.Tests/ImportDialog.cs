using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>The Races page's import dialog as a test opens and submits it.</summary>
internal static class ImportDialog
{
    /// <summary>
    /// Opens the import dialog with one click, once Fluent's button is a defined custom element: a click that landed before
    /// the browser upgraded it did nothing (a loaded machine, first page of a cold app). Clicking again instead, as this
    /// did before, raced a dialog that was only slow: on a loaded CI run the chosen file's input vanished under the test.
    /// </summary>
    public static async Task OpenAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => customElements.get('fluent-button') !== undefined");
        await page.GetByTestId("slate-import-open").ClickAsync();
        await Expect(page.GetByTestId("import-salaries")).ToBeAttachedAsync(new() { Timeout = 60_000 });
    }

    // Fluent's button is a custom element: Playwright cannot tell it is disabled, so wait until the form enables it.
    public static async Task SubmitAsync(IPage page)
    {
        var submit = page.GetByTestId("import-submit");
        await Expect(submit).Not.ToHaveAttributeAsync("disabled", new Regex(".*"));
        await submit.ClickAsync();
    }

    public static FilePayload Csv(string name, string content) =>
        new() { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(content) };
}
