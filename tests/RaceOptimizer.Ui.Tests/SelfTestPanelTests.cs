using Bunit;
using RaceOptimizer.Ui.Components.SystemStatus;

namespace RaceOptimizer.Ui.Tests;

public sealed class SelfTestPanelTests : UiTestContext
{
    private const string SelfTestsPath = "/api/system/self-tests";

    [Fact]
    public void Lists_the_history_in_a_data_grid_newest_first()
    {
        Api.Json(HttpMethod.Get, SelfTestsPath, Payloads.SelfTestHistory);

        var panel = Render<SelfTestPanel>();

        panel.WaitForAssertion(() => Assert.Equal(2, HistoryRows(panel).Count));
        var rows = HistoryRows(panel);
        Assert.StartsWith("11", rows[0].TextContent.Trim());
        Assert.Contains("Redis did not answer", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("fluent-badge[color=danger]"));
        Assert.StartsWith("10", rows[1].TextContent.Trim());
        Assert.Contains("2.9 ms", rows[1].TextContent);
        Assert.Null(rows[1].QuerySelector("fluent-badge[color=danger]"));
    }

    [Fact]
    public void Run_self_test_posts_once_and_shows_the_passed_result_on_top_of_the_history()
    {
        Api.Json(HttpMethod.Get, SelfTestsPath, Payloads.SelfTestHistory)
            .Json(HttpMethod.Post, SelfTestsPath, Payloads.SelfTestPassed);
        var panel = Render<SelfTestPanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, HistoryRows(panel).Count));

        panel.Find("[data-testid=run-self-test]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=self-test-result]")));
        Assert.Equal(1, Api.CountOf(HttpMethod.Post, SelfTestsPath));
        var result = panel.Find("[data-testid=self-test-result]");
        Assert.Equal("true", result.GetAttribute("data-succeeded"));
        Assert.NotNull(result.QuerySelector("fluent-message-bar[intent=success]"));
        Assert.Contains("Self-test passed", result.TextContent);
        Assert.Contains("SQLite and Redis round trips succeeded", result.TextContent);
        Assert.Contains("3.2 ms", result.TextContent);

        var rows = HistoryRows(panel);
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("12", rows[0].TextContent.Trim());
    }

    [Fact]
    public void A_failed_self_test_is_shown_as_a_failure()
    {
        Api.Json(HttpMethod.Get, SelfTestsPath, "[]")
            .Json(HttpMethod.Post, SelfTestsPath, Payloads.SelfTestRedisFailed);
        var panel = Render<SelfTestPanel>();
        panel.WaitForAssertion(() => Assert.Contains("No self-test has run yet.", panel.Markup));

        panel.Find("[data-testid=run-self-test]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=self-test-result]")));
        var result = panel.Find("[data-testid=self-test-result]");
        Assert.Equal("false", result.GetAttribute("data-succeeded"));
        Assert.NotNull(result.QuerySelector("fluent-message-bar[intent=error]"));
        Assert.Contains("Self-test failed", result.TextContent);
        Assert.Contains("Redis did not answer within 5 s", result.TextContent);
        Assert.Contains("Redis Failed", result.TextContent);
        Assert.Single(HistoryRows(panel));
    }

    [Fact]
    public void Shows_an_error_bar_when_the_self_test_cannot_be_posted_and_retry_runs_it()
    {
        Api.Json(HttpMethod.Get, SelfTestsPath, "[]")
            .Unreachable(HttpMethod.Post, SelfTestsPath)
            .Json(HttpMethod.Post, SelfTestsPath, Payloads.SelfTestPassed);
        var panel = Render<SelfTestPanel>();
        panel.WaitForAssertion(() => Assert.Contains("No self-test has run yet.", panel.Markup));

        panel.Find("[data-testid=run-self-test]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=api-error]")));
        Assert.Contains("The self-test did not run", panel.Find("[data-testid=api-error]").TextContent);
        Assert.Contains("Connection refused", panel.Find("[data-testid=api-error]").TextContent);

        panel.Find("[data-testid=api-error-retry]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=self-test-result]")));
        Assert.Empty(panel.FindAll("[data-testid=api-error]"));
        Assert.Equal(2, Api.CountOf(HttpMethod.Post, SelfTestsPath));
    }

    [Fact]
    public void Shows_an_error_bar_when_the_history_cannot_be_loaded()
    {
        Api.Unreachable(HttpMethod.Get, SelfTestsPath).Json(HttpMethod.Get, SelfTestsPath, Payloads.SelfTestHistory);

        var panel = Render<SelfTestPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=api-error]")));
        Assert.Contains("Self-test history unavailable", panel.Find("[data-testid=api-error]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=self-test-history]"));

        panel.Find("[data-testid=api-error-retry]").Click();

        panel.WaitForAssertion(() => Assert.Equal(2, HistoryRows(panel).Count));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> HistoryRows(IRenderedComponent<SelfTestPanel> panel) =>
        panel.FindAll("[data-testid=self-test-history] tbody tr");
}
