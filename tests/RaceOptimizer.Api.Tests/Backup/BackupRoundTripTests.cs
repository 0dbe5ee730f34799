using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Api.Tests.Presets;
using RaceOptimizer.Contracts.Backup;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>A backup of one install restored into a fresh one: everything comes back, nothing secret goes out.</summary>
public sealed class BackupRoundTripTests(RedisServer redis) : IAsyncDisposable
{
    private const string ApiKey = "never-in-a-backup-0123456789";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi source = new(redis);
    private readonly TestApi target = new(redis);

    [Fact]
    public async Task A_backup_restores_slates_results_history_presets_and_jobs_into_a_fresh_install()
    {
        using var client = source.Start(new Dictionary<string, string> { ["GpuWorker:ApiKey"] = ApiKey }).CreateClient();
        // A grid naming a car the slate does not sell: the field car is kept with the slate, in backups too.
        var brickyard = await client.ImportAsync(new UploadForm()
            .File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard))
            .Csv("grid", "grid.csv", TestFiles.BrickyardGrid("Jimmie Johnson")));
        await client.AttachResultsAsync(JobCalls.SampleSlateId, TestFiles.LoopRace("2023/09/10", "Cup"));
        await client.CreatePresetAsync(PresetCalls.Preset("Kansas cash", "Cup", "Kansas", "dk"));
        using (var history = await client.PostAsync("/api/history", new UploadForm().Csv("file", "kansas.csv", TestFiles.LoopRace("2023/09/10", "Cup")), Cancellation))
        {
            history.EnsureSuccessStatusCode();
        }

        var submitted = await client.SubmitAsync(new { type = "simulate", slateId = JobCalls.SampleSlateId, simulate = new { simulations = 200, seed = 1 } });
        var job = await client.WaitUntilFinishedAsync(submitted.Id);
        Assert.Equal(JobStatus.Completed, job.Status);

        var backup = await client.BackupAsync();
        var report = await target.Client.RestoreAsync(backup, RestoreModes.Replace);

        Assert.Equal(BackupCalls.Contents(backup), BackupCalls.Contents(await target.Client.BackupAsync()));
        Assert.Equal(await client.SlatesAsync(), await target.Client.SlatesAsync());
        var restored = await RawAsync(target.Client, $"/api/slates/{brickyard.Id}");
        Assert.Equal(await RawAsync(client, $"/api/slates/{brickyard.Id}"), restored);
        Assert.Contains("\"fieldCars\":[{\"name\":\"Jimmie Johnson\",\"start\":40,\"startsAtRear\":false}]", restored, StringComparison.Ordinal);
        Assert.Equal(
            await RawAsync(client, $"/api/slates/{JobCalls.SampleSlateId}/results"),
            await RawAsync(target.Client, $"/api/slates/{JobCalls.SampleSlateId}/results"));
        Assert.Equal(await RawAsync(client, "/api/presets"), await RawAsync(target.Client, "/api/presets"));
        Assert.Equal(await RawAsync(client, "/api/history"), await RawAsync(target.Client, "/api/history"));
        Assert.Equal(await RawAsync(client, $"/api/jobs/{job.Id}"), await RawAsync(target.Client, $"/api/jobs/{job.Id}"));

        Assert.Equal(BackupDocument.CurrentFormat, backup["formatVersion"]!.GetValue<int>());
        // The fresh install had seeded the sample slate too: it is overwritten by the backup's.
        Assert.Equal(new RestoredRows(Inserted: 1, Overwritten: 1, Skipped: 0, Deleted: 0), report.Slates);
        Assert.Equal(new RestoredRows(1, 0, 0, 0), report.SlateResults);
        Assert.Equal(new RestoredRows(Inserted: 36, Overwritten: 0, Skipped: 0, Deleted: 0), report.History);
        Assert.Equal(new RestoredRows(1, 0, 0, 0), report.Presets);
        Assert.Equal(new RestoredRows(1, 0, 0, 0), report.Jobs);
        Assert.Equal(0, report.JobsInterrupted);
        Assert.Equal(RestoreModes.Replace, report.Mode);
    }

    [Fact]
    public async Task A_backup_holds_every_job_field_but_the_run_s_token_and_heartbeat_and_no_secret()
    {
        using var client = source.Start(new Dictionary<string, string> { ["GpuWorker:ApiKey"] = ApiKey }).CreateClient();
        var job = await client.WaitUntilFinishedAsync((await client.SubmitAsync(JobCalls.Simulate(100))).Id);

        var backup = await client.BackupAsync();

        var fields = backup["jobs"]![0]!.AsObject().Select(p => p.Key).Order();
        var expected = typeof(JobRecord).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Where(n => n is not ("runToken" or "heartbeatAt")).Order();
        Assert.Equal(expected, fields);
        Assert.Equal(job.Id, backup["jobs"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Object, backup["jobs"]![0]!["config"]!.GetValueKind());
        Assert.DoesNotContain(ApiKey, backup.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_that_were_queued_or_running_come_back_failed_as_interrupted()
    {
        var running = await source.Client.SubmitAsync(JobCalls.Simulate(1_000_000, "long one"));
        await source.Client.WaitUntilRunningAsync(running.Id);
        var backup = await source.Client.BackupAsync();
        await source.Client.PostAsync($"/api/jobs/{running.Id}/cancel");
        var jobs = backup["jobs"]!.AsArray();
        Assert.Equal(JobStatus.Running.Name(), jobs[0]!["status"]!.GetValue<string>());
        var queued = jobs[0]!.DeepClone();
        (queued["id"], queued["status"], queued["runToken"]) = ("job_queued_copy", JobStatus.Queued.Name(), "a stale run");
        jobs.Add(queued);

        var report = await target.Client.RestoreAsync(backup, RestoreModes.Merge);

        Assert.Equal(2, report.JobsInterrupted);
        foreach (var id in new[] { running.Id, "job_queued_copy" })
        {
            var restored = await target.Client.JobAsync(id);
            Assert.Equal((JobStatus.Failed, BackupRestore.InterruptedError), (restored.Status, restored.Error));
            Assert.NotNull(restored.FinishedAt);
        }

        Assert.All(await target.QueryAsync(db => db.Jobs.Select(j => j.RunToken).ToListAsync(Cancellation)), Assert.Null);
    }

    private static async Task<string> RawAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path, Cancellation)).GetRawText();

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }
}
