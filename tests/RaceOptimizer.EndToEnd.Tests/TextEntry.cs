using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// Types into a Fluent text input and waits until the server has the value: Blazor writes it back as the element's
/// `value` attribute once the input event reached the circuit. Text typed in the instant the form first appears can be
/// lost (the input shows it, the server keeps its default: a 500-race run went off as 10,000 on a busy CI machine), as
/// with <see cref="FileChoice"/>; no person is that fast, a test can be, so a value the server never took is typed again.
/// </summary>
internal static class TextEntry
{
    public static async Task FillAsync(IPage page, string testId, string value)
    {
        var field = page.GetByTestId(testId);
        for (var attempt = 1; ; attempt++)
        {
            var input = field.Locator("input");
            await input.FillAsync(value);
            await input.BlurAsync(); // a field bound on change takes the value as it loses the focus
            try
            {
                await Expect(field).ToHaveAttributeAsync("value", value, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
