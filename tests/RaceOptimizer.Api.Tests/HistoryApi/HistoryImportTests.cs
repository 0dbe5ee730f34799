using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Contracts.History;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.HistoryApi;

public sealed class HistoryImportTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task The_real_loop_data_imports_once_and_a_second_import_adds_nothing()
    {
        var path = SharedData.File("loop-data-2019-2023.csv");
        var lines = File.ReadLines(path).Count() - 1;

        var first = await ImportAsync(new UploadForm().File("file", path));
        var second = await ImportAsync(new UploadForm().File("file", path));
        var summary = await Client.GetFromJsonAsync<JsonElement>("/api/history", Cancellation);

        Assert.Equal(lines, first.Rows);
        Assert.Equal(first.Rows, first.Imported);
        Assert.Equal(472, first.Races); // distinct (date, series, track) in the file: a doubleheader counts once
        Assert.Equal(0, second.Imported);
        Assert.Equal(first.Rows, second.AlreadyPresent);
        Assert.Equal(first.Rows, summary.GetProperty("rows").GetInt32());
        Assert.Equal("2019", summary.GetProperty("from").GetString()![..4]);
        Assert.Equal("2023", summary.GetProperty("to").GetString()![..4]);
        Assert.True(summary.GetProperty("racesBySeries").GetProperty("Cup").GetInt32() > 100);
    }

    [Fact]
    public async Task Ratings_by_track_type_rank_the_drivers_who_run_up_front()
    {
        await ImportAsync(new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")));

        var ratings = await Client.GetFromJsonAsync<JsonElement[]>("/api/history/ratings?series=Cup&trackType=Intermediate&before=2024-01-01", Cancellation);
        var top10 = ratings!.Take(10).Select(r => r.GetProperty("driver").GetString()).ToList();

        Assert.True(ratings!.Length > 40);
        Assert.Contains("Kyle Larson", top10);
        Assert.Contains("William Byron", top10);
    }

    [Fact]
    public async Task A_bad_file_or_filter_is_refused_and_nothing_is_stored()
    {
        using var bad = await Client.PostAsync(
            "/api/history",
            new UploadForm().Csv("file", "history.csv", "driver_name,race_date\nKyle Larson,2023-01-01\n"),
            Cancellation);
        var problem = await bad.ProblemAsync();
        using var filter = await Client.GetAsync("/api/history/ratings?series=F1&trackType=Oval", Cancellation);
        var filterProblem = await filter.ProblemAsync();
        var summary = await Client.GetFromJsonAsync<JsonElement>("/api/history", Cancellation);

        Assert.Equal("history.csv", problem.Problems![0].File);
        Assert.Equal(["series", "trackType"], filterProblem.Errors!.Keys.Order());
        Assert.Equal(0, summary.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task A_simulation_after_import_rates_the_drivers_from_history()
    {
        await ImportAsync(new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")));

        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(300))).Id);
        var sources = job.Result!.Value.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("strengthSource").GetString()).Distinct().ToList();

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.DoesNotContain("Salary", sources);
        Assert.Contains(sources, s => s is "Blend" or "History");
    }

    private async Task<HistoryImport> ImportAsync(UploadForm form)
    {
        using (form)
        {
            using var response = await Client.PostAsync("/api/history", form, Cancellation);
            return await response.ReadAsync<HistoryImport>(HttpStatusCode.OK);
        }
    }
}
