using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// Every main page at the window sizes players use, 1280x800 to 1920x1080: no label, cell or field cuts its text, and
/// the browser's console shows no error. At 1440x900 each page is kept as a screenshot of the window for the docs
/// (<see cref="Screenshots.TakeForDocsAsync"/>).
/// </summary>
public sealed class PageLayoutTests(BrowserApp app)
{
    private const string SampleSlateId = "sample-dk-cup-kansas";

    private static readonly (int Width, int Height)[] Windows = [(1280, 800), (1440, 900), (1920, 1080)];

    /// <summary>
    /// An element that cuts text: a table cell narrower than its content, a field narrower than its value, or an element
    /// with text of its own (or slotted into it) that hides or ellipsizes what overflows it, sideways or below (a picker's
    /// text wrapped onto a line it cannot show). Shadow roots, where Fluent's web components lay their text out, too.
    /// </summary>
    private const string FindClipped = """
        () => {
            const clipped = [];
            const hasText = node => node.textContent.trim().length > 0;
            const ownText = element => [...element.childNodes].some(node =>
                (node.nodeType === Node.TEXT_NODE && hasText(node))
                || (node.tagName === 'SLOT' && node.assignedNodes({ flatten: true }).some(hasText)));
            const describe = (element, width, room) => {
                const near = (element.getRootNode().host ?? element).closest('[data-testid]')?.getAttribute('data-testid');
                const text = (element.value || element.innerText || element.getRootNode().host?.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 60);
                return `${element.tagName.toLowerCase()}${near ? ` in [${near}]` : ''} "${text}" (${width} > ${room})`;
            };
            const visit = root => {
                for (const element of root.querySelectorAll('*')) {
                    if (element.shadowRoot) visit(element.shadowRoot);
                    if (element.clientWidth <= 1 || element.getClientRects().length === 0) continue;
                    const wide = element.scrollWidth > element.clientWidth + 1, tall = element.scrollHeight > element.clientHeight + 1;
                    if (!wide && !tall) continue;
                    const style = getComputedStyle(element);
                    if (style.visibility !== 'visible') continue;
                    const hides = overflow => ['hidden', 'clip'].includes(overflow);
                    const field = element.matches('input:not([type=file], [type=checkbox], [type=radio], [type=range])') && element.value;
                    const cutSideways = wide && (field || element.matches('td, th')
                        || ((hides(style.overflowX) || style.textOverflow === 'ellipsis') && ownText(element)));
                    const cutBelow = tall && hides(style.overflowY) && ownText(element);
                    if (cutSideways) clipped.push(describe(element, element.scrollWidth, element.clientWidth));
                    else if (cutBelow) clipped.push(describe(element, element.scrollHeight, element.clientHeight));
                }
            };
            visit(document);
            return clipped;
        }
        """;

    [Fact]
    public async Task No_main_page_cuts_its_text_from_1280x800_to_1920x1080()
    {
        var page = await app.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        var simulation = await SimulateAsync(page);
        var job = await OptimizeSampleAsync(page);
        var pages = new (string Name, string Path, string Ready, Func<IPage, Task>? Open)[]
        {
            ("races", "races", "slate-list", null),
            ("race", $"races/{SampleSlateId}", "driver-table", null),
            ("optimize", $"optimize?slate={SampleSlateId}", "optimize-submit", null),
            ("results", job, "lineups-table", null),
            ("job-details", job, "lineups-table", OpenResultsDetailsAsync),
            ("jobs", "jobs", "jobs-grid", null),
            ("simulation", simulation, "simulation-results", null),
            ("history", "history", "history-summary", null),
            ("settings", "settings", "gpu-settings", null),
            ("system", "system", "status-api", null),
        };

        var clipped = new List<string>();
        foreach (var (width, height) in Windows)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, path, ready, open) in pages)
            {
                await page.GotoAsync(path);
                await Expect(page.GetByTestId(ready)).ToBeVisibleAsync();
                if (open is not null)
                {
                    await open(page);
                }

                clipped.AddRange((await page.EvaluateAsync<string[]>(FindClipped)).Select(element => $"{name} at {width}x{height}: {element}"));
                if (width == 1440)
                {
                    await Screenshots.TakeForDocsAsync(page, name);
                }
            }
        }

        Assert.Empty(consoleErrors);
        Assert.True(clipped.Count == 0, $"{clipped.Count} elements cut their text:\n{string.Join("\n", clipped)}");
    }

    /// <summary>A short simulation from the Jobs page: its page to read, and its columns on the race page.</summary>
    private static async Task<string> SimulateAsync(IPage page)
    {
        await page.GotoAsync("jobs");
        await TextEntry.FillAsync(page, "simulation-count", "500");
        await TextEntry.FillAsync(page, "simulation-name", "Layout simulation");
        await page.GetByTestId("simulation-submit").ClickAsync();
        var row = page.GetByTestId("jobs-grid").GetByRole(AriaRole.Row, new() { Name = "Layout simulation" });
        await Expect(row.Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        return (await row.GetByTestId("job-link").GetAttributeAsync("href"))!.TrimStart('/');
    }

    /// <summary>A cash build of the sample race from its projections (no simulation): quick, and a results page to read.</summary>
    private static async Task<string> OptimizeSampleAsync(IPage page)
    {
        await page.GotoAsync($"optimize?slate={SampleSlateId}");
        await TextEntry.FillAsync(page, "optimize-lineups", "5");
        await TextEntry.FillAsync(page, "optimize-simulations", "0");
        await page.GetByTestId("optimize-submit").ClickAsync();
        await Expect(page.GetByTestId("job-status").Locator("[data-status=completed]")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        return new Uri(page.Url).PathAndQuery.TrimStart('/');
    }

    private static async Task OpenResultsDetailsAsync(IPage page)
    {
        await page.GetByTestId("job-details-open").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Results" }).ClickAsync();
        await Expect(page.GetByTestId("job-result-table-lineups")).ToContainTextAsync("Kyle Larson");
    }
}
