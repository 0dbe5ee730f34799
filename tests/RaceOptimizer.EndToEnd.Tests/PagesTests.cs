using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>The pages that only read: each renders from the API, and each is kept as a screenshot.</summary>
public sealed class PagesTests(BrowserApp app)
{
    [Fact]
    public async Task Settings_tests_the_GPU_connection()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("settings");

        await page.GetByTestId("gpu-test").ClickAsync();

        // The app's own worker runs (on ILGPU's CPU accelerator where there is no GPU) and answers.
        await Expect(page.GetByTestId("gpu-test-result")).ToContainTextAsync("Connected", new() { Timeout = 30_000 });
        await Screenshots.TakeAsync(page, "settings");
    }

    [Theory]
    [InlineData("system", "system", "status-api", "Data folder")]
    [InlineData("", "start", "slate-import-open", "Import a slate")]
    public async Task Page_renders(string path, string screenshot, string testId, string text)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(path);

        await Expect(page.GetByTestId(testId)).ToContainTextAsync(text);
        await Screenshots.TakeAsync(page, screenshot);
    }
}
