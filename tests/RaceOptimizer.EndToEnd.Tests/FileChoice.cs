using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// Chooses a file in a Blazor file input and waits until the page says it read it. Blazor's InputFile hooks the
/// input's change event only after its first render reaches the browser; a file chosen before that is lost. No person
/// is that fast, a test can be (it was seen on a busy CI machine), so a file the page never read is chosen again.
/// </summary>
internal static class FileChoice
{
    public static async Task ChooseAsync(IPage page, string part, Func<ILocator, Task> choose, string expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            await choose(page.GetByTestId(part));
            try
            {
                await Expect(page.GetByTestId($"{part}-ready")).ToContainTextAsync(expected, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
