using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Tests.Backup;
using RaceOptimizer.Api.Tests.Jobs;

namespace RaceOptimizer.Api.Tests.Storage;

public sealed class DataFolderUsageTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task The_system_status_measures_the_data_folder_by_kind_with_the_simulation_quota()
    {
        await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(300))).Id);
        Directory.CreateDirectory(Path.Combine(Api.DataFolder, "redis"));
        await File.WriteAllBytesAsync(Path.Combine(Api.DataFolder, "redis", "appendonly.aof"), new byte[1_234], Cancellation);
        await File.WriteAllBytesAsync(Path.Combine(Api.DataFolder, "notes.txt"), new byte[567], Cancellation);

        var storage = (await Client.JsonAsync("/api/system")).GetProperty("storage");

        Assert.Equal(Files.Kept().Sum(matrix => matrix.Bytes), storage.GetProperty("simulationsBytes").GetInt64());
        Assert.Equal(1, storage.GetProperty("simulationJobsKept").GetInt32());
        Assert.Equal(SimulationStorageOptions.DefaultQuotaBytes, storage.GetProperty("simulationQuotaBytes").GetInt64());
        Assert.Equal((1_234L, 567L, 0L), (storage.GetProperty("redisBytes").GetInt64(), storage.GetProperty("otherBytes").GetInt64(), storage.GetProperty("backupsBytes").GetInt64()));
        Assert.True(storage.GetProperty("databaseBytes").GetInt64() > 0);
        Assert.Equal(
            storage.GetProperty("totalBytes").GetInt64(),
            new[] { "databaseBytes", "simulationsBytes", "backupsBytes", "redisBytes", "otherBytes" }.Sum(kind => storage.GetProperty(kind).GetInt64()));
    }

    [Fact]
    public async Task Backups_and_exports_never_carry_the_kept_points()
    {
        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(2_000))).Id);
        var matrixBytes = Files.Kept().Min(matrix => matrix.Bytes);

        var backup = await Client.BackupAsync();
        var exports = new[] { "/api/jobs/export", $"/api/jobs/{job.Id}/export?format=json" };
        var exported = await Task.WhenAll(exports.Select(path => Client.GetByteArrayAsync(path, Cancellation)));
        await Client.RestoreAsync(backup, "replace"); // copies the database aside into backups/ first

        // One site's points alone, 2,000 races of every driver, outweigh each document whole.
        Assert.InRange(backup.ToJsonString().Length, 0, matrixBytes - 1);
        Assert.All(exported, body => Assert.InRange(body.Length, 0, matrixBytes - 1));
        var copies = Directory.GetFiles(Path.Combine(Api.DataFolder, "backups"));
        Assert.NotEmpty(copies);
        Assert.All(copies, copy => Assert.EndsWith(".db", copy, StringComparison.Ordinal));
    }

    private SimulationFiles Files => new(new ApiEnvironment(Api.DataFolder, new RedisChoice("test", "test")));
}
