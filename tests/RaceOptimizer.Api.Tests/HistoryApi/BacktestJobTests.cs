using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.HistoryApi;

public sealed class BacktestJobTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task A_Cup_2022_2023_backtest_runs_through_the_API_and_beats_both_baselines()
    {
        using (var form = new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")))
        {
            (await Client.PostAsync("/api/history", form, Cancellation)).EnsureSuccessStatusCode();
        }

        var submitted = await Client.SubmitAsync(new
        {
            type = "backtest",
            name = "cup 22-23",
            backtest = new { series = "Cup", from = "2022-01-01", to = "2023-12-31", simulations = 300 },
        });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(5));

        Assert.Equal(JobStatus.Completed, job.Status);
        var result = job.Result!.Value;
        var model = result.GetProperty("summary").GetProperty("model");
        var baselines = result.GetProperty("summary").GetProperty("baselines");
        Assert.True(result.GetProperty("races").GetArrayLength() > 60);
        foreach (var baseline in new[] { baselines.GetProperty("recentForm"), baselines.GetProperty("startPosition") })
        {
            Assert.True(model.GetProperty("spearman").GetDouble() > baseline.GetProperty("spearman").GetDouble());
            Assert.True(model.GetProperty("mae").GetDouble() < baseline.GetProperty("mae").GetDouble());
            foreach (var metric in new[] { "winnerLogLoss", "top10Brier", "coverage80" })
            {
                Assert.Equal(JsonValueKind.Number, baseline.GetProperty(metric).ValueKind);
            }
        }
    }

    [Fact]
    public async Task Bad_backtest_options_are_refused_by_field_and_a_backtest_without_history_fails_saying_so()
    {
        using var refused = await Client.PostAsJsonAsync(
            "/api/jobs", new { type = "backtest", backtest = new { series = "F1", from = "2023-13-01", to = "2022-01-01", simulations = 0 } }, Cancellation);
        var problem = await refused.ProblemAsync();
        var submitted = await Client.SubmitAsync(new { type = "backtest", backtest = new { series = "Cup", from = "2022-01-01", to = "2022-12-31" } });
        var failed = await Client.WaitUntilFinishedAsync(submitted.Id);

        Assert.Equal(["backtest.from", "backtest.series", "backtest.simulations"], problem.Errors!.Keys.Order());
        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Contains("/api/history", failed.Error, StringComparison.Ordinal);
    }
}
