using System.Net;
using Bunit;
using RaceOptimizer.Ui.Components.SystemStatus;

namespace RaceOptimizer.Ui.Tests;

public sealed class SystemStatusPanelTests : UiTestContext
{
    private const string SystemPath = "/api/system";

    [Fact]
    public void Shows_the_database_redis_and_gpu_worker_from_the_payload()
    {
        Api.Json(HttpMethod.Get, SystemPath, Payloads.System);

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=status-database]")));
        var database = panel.Find("[data-testid=status-database]");
        Assert.Contains("/home/u/.local/share/RaceOptimizer/raceoptimizer.db", database.TextContent);
        Assert.Contains("WAL", database.TextContent);
        Assert.Contains("20261129_Initial", database.TextContent);
        Assert.NotNull(database.QuerySelector("fluent-badge[color=success]"));

        var redis = panel.Find("[data-testid=status-redis]");
        Assert.Contains("server", redis.TextContent);
        Assert.Contains("no container runtime answered; redis-server found on PATH", redis.TextContent);
        Assert.Contains("0.4 ms", redis.TextContent);

        var gpu = panel.Find("[data-testid=status-gpu]");
        Assert.Contains("Reachable", gpu.TextContent);
        Assert.Contains("CPUAccelerator", gpu.TextContent);
        Assert.Contains("Cpu", gpu.TextContent);
        Assert.DoesNotContain("Error", gpu.TextContent);

        Assert.Contains("1.0.0", panel.Find("[data-testid=status-api]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=api-error]"));
    }

    [Fact]
    public void Shows_the_data_folder_by_kind_and_the_simulations_against_their_quota()
    {
        Api.Json(HttpMethod.Get, SystemPath, Payloads.System);

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=status-storage]")));
        var storage = panel.Find("[data-testid=status-storage]");
        Assert.Equal(
            ["1.2 GiB", "12 MiB", "1 GiB of 2 GiB quota (42 jobs kept)", "4 MiB", "1 MiB", "187.8 MiB"],
            [storage.QuerySelector("fluent-badge")!.TextContent.Trim(), .. storage.QuerySelectorAll("dd").Select(fact => fact.TextContent)]);
        Assert.Equal(["Database", "Simulations", "Backups", "Redis", "Other"], storage.QuerySelectorAll("dt").Select(kind => kind.TextContent));
    }

    [Fact]
    public void Shows_why_the_gpu_worker_is_unreachable_and_where_jobs_run_instead()
    {
        Api.Json(HttpMethod.Get, SystemPath, Payloads.SystemWithGpuWorkerDown);

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=status-gpu]")));
        var gpu = panel.Find("[data-testid=status-gpu]");
        Assert.Contains("Unreachable", gpu.TextContent);
        Assert.Contains("Connection refused (gpu:5090)", gpu.TextContent);
        Assert.Contains("local CPU", gpu.TextContent);
        Assert.NotNull(gpu.QuerySelector("fluent-badge[color=danger]"));

        var redis = panel.Find("[data-testid=status-redis]");
        Assert.Contains("no answer", redis.TextContent);
        Assert.NotNull(panel.Find("[data-testid=status-database]").QuerySelector("fluent-badge[color=warning]"));
    }

    [Fact]
    public void Shows_an_error_bar_when_the_api_is_unreachable_and_retry_loads_the_status()
    {
        Api.Unreachable(HttpMethod.Get, SystemPath).Json(HttpMethod.Get, SystemPath, Payloads.System);

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=api-error]")));
        var error = panel.Find("[data-testid=api-error]");
        Assert.NotNull(error.QuerySelector("fluent-message-bar[intent=error]"));
        Assert.Contains("System status unavailable", error.TextContent);
        Assert.Contains("the API did not answer (Connection refused (api:443))", error.TextContent);
        Assert.Empty(panel.FindAll("[data-testid=status-database]"));

        panel.Find("[data-testid=api-error-retry]").Click();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=status-database]")));
        Assert.Empty(panel.FindAll("[data-testid=api-error]"));
        Assert.Equal(2, Api.CountOf(HttpMethod.Get, SystemPath));
    }

    [Fact]
    public void Shows_the_status_code_and_problem_detail_when_the_api_answers_an_error()
    {
        Api.Json(
            HttpMethod.Get,
            SystemPath,
            """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred","status":500,"detail":"database is locked"}""",
            HttpStatusCode.InternalServerError);

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=api-error]")));
        Assert.Contains(
            "Could not load system status: the API answered 500 Internal Server Error: database is locked.",
            panel.Find("[data-testid=api-error]").TextContent);
    }

    [Fact]
    public void Shows_an_error_bar_when_the_payload_does_not_match_the_contract()
    {
        Api.Json(HttpMethod.Get, SystemPath, """{"version":"1.0.0"}""");

        var panel = Render<SystemStatusPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=api-error]")));
        Assert.Contains("unexpected payload", panel.Find("[data-testid=api-error]").TextContent);
    }
}
