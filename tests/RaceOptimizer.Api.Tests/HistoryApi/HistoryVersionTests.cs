using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.History;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Backup;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Core.History;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.HistoryApi;

/// <summary>
/// The parsed history is kept between jobs under the database's history version: jobs between imports answer alike
/// from one history, and an import, through this replica or another on the same database, is seen by the next read.
/// </summary>
public sealed class HistoryVersionTests(RedisServer redis) : ApiTest(redis)
{
    // The loop data up to the end of 2022: the 2023 season, imported later, moves every Cup driver's rating.
    private const string Before2023 = "2023/";

    [Fact]
    public async Task Two_jobs_between_imports_answer_alike_and_an_import_between_jobs_is_rated_by_the_next()
    {
        var (early, all) = LoopData();
        await ImportAsync(early);
        var slate = await Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard)));

        var first = await SimulateAsync(slate.Id);
        var second = await SimulateAsync(slate.Id);
        await ImportAsync(all);
        var afterImport = await SimulateAsync(slate.Id);

        Assert.Equal(first.GetRawText(), second.GetRawText());
        var (before, after) = (Strengths(first), Strengths(afterImport));
        Assert.Equal(before.Keys, after.Keys);
        Assert.True(before.Count(d => d.Value != after[d.Key]) >= before.Count / 2, "the 2023 season should move most of the ratings");
    }

    [Fact]
    public async Task A_replica_keeps_its_parsed_history_until_another_replica_imports()
    {
        var (early, all) = LoopData();
        _ = Client; // this replica, and beside it another on the same database
        var (here, there) = (Store(Api.Start()), Store(Api.Start()));
        await there.ImportAsync(Rows(early), Cancellation);

        var kept = await here.HistoryAsync(Cancellation);
        Assert.Same(kept, await here.HistoryAsync(Cancellation));
        await there.ImportAsync(Rows(all), Cancellation);
        var imported = await here.HistoryAsync(Cancellation);

        Assert.NotSame(kept, imported);
        Assert.Equal(RaceHistory.From(Rows(all)).Races.Count, imported!.Races.Count);
        Assert.True(imported.Races.Count > kept!.Races.Count);
    }

    [Fact]
    public async Task A_replace_restore_of_as_many_rows_of_other_races_is_read_again()
    {
        // Two seasons cut to as many rows each: the row count alone does not tell them apart.
        var lines = File.ReadAllLines(SharedData.File(TestFiles.LoopData));
        var (season2021, season2022) = (Season(lines, "2021/"), Season(lines, "2022/"));
        var rows = Math.Min(season2021.Count, season2022.Count);
        await using var other = new TestApi(Api.Redis);
        using (var form = new UploadForm().Csv("file", "loop-data.csv", Csv(lines[0], season2022.Take(rows))))
        {
            (await other.Client.PostAsync("/api/history", form, Cancellation)).EnsureSuccessStatusCode();
        }

        var backup = await other.Client.BackupAsync();
        await ImportAsync(Csv(lines[0], season2021.Take(rows)));
        var store = Store(Api.Start());
        var kept = await store.HistoryAsync(Cancellation);
        await Client.RestoreAsync(backup, RestoreModes.Replace);
        var restored = await store.HistoryAsync(Cancellation);

        Assert.All(kept!.Races, r => Assert.Equal(2021, r.Date.Year));
        Assert.All(restored!.Races, r => Assert.Equal(2022, r.Date.Year));
    }

    private static List<string> Season(string[] lines, string year) =>
        [.. lines.Skip(1).Where(l => l.Split(',')[2].StartsWith(year, StringComparison.Ordinal))];

    private static string Csv(string header, IEnumerable<string> rows) => string.Join('\n', rows.Prepend(header));

    private static HistoryStore Store(ApiHost host) => host.Services.GetRequiredService<HistoryStore>();

    /// <summary>The real loop data as CSV: its rows before 2023 alone, and all of them.</summary>
    private static (string Early, string All) LoopData()
    {
        var lines = File.ReadAllLines(SharedData.File(TestFiles.LoopData));
        var early = lines.Take(1).Concat(lines.Skip(1).Where(l => !l.Split(',')[2].StartsWith(Before2023, StringComparison.Ordinal)));
        return (string.Join('\n', early), string.Join('\n', lines));
    }

    private static IReadOnlyList<LoopDataRow> Rows(string csv)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return LoopDataHistoryFile.Read(stream, "loop-data.csv").Value!;
    }

    private async Task ImportAsync(string csv)
    {
        using var form = new UploadForm().Csv("file", "loop-data.csv", csv);
        (await Client.PostAsync("/api/history", form, Cancellation)).EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> SimulateAsync(string slateId)
    {
        var submitted = await Client.SubmitAsync(new { type = "simulate", name = "versioned", slateId, simulate = new { simulations = 1_000, seed = 42 } });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(2));
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        return job.Result!.Value;
    }

    private static Dictionary<string, double> Strengths(JsonElement result) =>
        result.GetProperty("drivers").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("strength").GetDouble());
}
