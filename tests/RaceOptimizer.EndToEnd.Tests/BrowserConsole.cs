using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;
using Xunit.v3;

[assembly: RaceOptimizer.EndToEnd.Tests.NoConsoleErrors]

namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>
/// The errors the signed-in pages of the running test logged in the browser's console. A console error is a page that
/// broke for a user even when the test's own checks pass (a failed script, a resource that did not load).
/// </summary>
internal static class BrowserConsole
{
    private static readonly ConcurrentQueue<string> Errors = new();

    public static void Watch(IPage page) => page.Console += (_, message) =>
    {
        if (message.Type == "error")
        {
            Errors.Enqueue($"{page.Url}: {message.Text}");
        }
    };

    public static IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (Errors.TryDequeue(out var error))
        {
            drained.Add(error);
        }

        return drained;
    }
}

/// <summary>Fails every browser test whose signed-in pages logged an error in the console (the tests run one at a time).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class NoConsoleErrorsAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => BrowserConsole.Drain();

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (BrowserConsole.Drain() is { Count: > 0 } errors)
        {
            throw new XunitException($"The browser's console showed {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }
}
