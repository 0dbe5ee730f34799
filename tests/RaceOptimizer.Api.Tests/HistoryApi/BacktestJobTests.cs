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
    public async Task A_backtest_of_undated_slates_with_their_grids_forecasts_as_the_dated_one_does()
    {
        using (var form = new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")))
        {
            (await Client.PostAsync("/api/history", form, Cancellation)).EnsureSuccessStatusCode();
        }

        var range = new { series = "Cup", from = "2023-06-01", to = "2023-08-31", simulations = 300 };
        var dated = await ModelAsync(range);
        var undated = await ModelAsync(new { range.series, range.from, range.to, range.simulations, undated = true });
        using var refused = await Client.PostAsJsonAsync("/api/jobs", new { type = "backtest", backtest = new { range.series, range.from, range.to, undated = "yes" } }, Cancellation);
        var problem = await refused.ProblemAsync();

        // In season the user's rating day is a week before the race's: the ratings, and so the figures, barely move.
        Assert.Equal(dated.GetProperty("spearman").GetDouble(), undated.GetProperty("spearman").GetDouble(), 0.03);
        Assert.Equal(dated.GetProperty("mae").GetDouble(), undated.GetProperty("mae").GetDouble(), 0.4);
        Assert.Equal(["must be true or false"], problem.Errors!["backtest.undated"]);
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

    private async Task<JsonElement> ModelAsync(object backtest)
    {
        var submitted = await Client.SubmitAsync(new { type = "backtest", name = "summer 2023", backtest });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        return job.Result!.Value.GetProperty("summary").GetProperty("model");
    }
}
