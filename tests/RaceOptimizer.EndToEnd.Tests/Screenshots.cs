using Microsoft.Playwright;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// Full-page screenshots, kept as test artifacts: attached to the test's result and written to
/// `$RACEOPTIMIZER_ARTIFACTS/screenshots` (default: `artifacts/screenshots` beside the test assembly).
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
}
