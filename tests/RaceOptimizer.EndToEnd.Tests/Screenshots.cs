using Microsoft.Playwright;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// Full-page screenshots, kept as test artifacts: attached to the test's result and written to
/// `$RACEOPTIMIZER_ARTIFACTS/screenshots` (default: `artifacts/screenshots` beside the test assembly). Screenshots for
/// the docs show the window only, as a person sees it, and go to `$RACEOPTIMIZER_DOCS_IMAGES` (the repository's
/// docs/images to retake them) or else beside the others, under docs/.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("RACEOPTIMIZER_ARTIFACTS") is { Length: > 0 } root ? root : Path.Combine(AppContext.BaseDirectory, "artifacts"),
        "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var bytes = await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(Folder, $"{name}.png") });
        TestContext.Current.AddAttachment($"{name}.png", bytes, "image/png");
    }

    public static async Task TakeForDocsAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("RACEOPTIMIZER_DOCS_IMAGES") is { Length: > 0 } docs ? docs : Path.Combine(Folder, "docs");
        Directory.CreateDirectory(folder);
        var bytes = await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
        TestContext.Current.AddAttachment($"docs-{name}.png", bytes, "image/png");
    }
}
