using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Contracts.Backup;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>Backups of any size cost the API one row of memory: large ones restore, oversized ones are refused early.</summary>
public sealed class RestoreLimitTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task A_backup_of_thousands_of_jobs_restores_in_batches_within_one_transaction()
    {
        using var response = await api.Client.PostAsync(
            "/api/backup?mode=merge", new GeneratedBackup(jobs: 2_500, resultBytes: 4_000, JobCalls.SampleSlateId), Cancellation);

        var report = await response.ReadAsync<RestoreReport>();
        Assert.Equal(new RestoredRows(2_500, 0, 0, 0), report.Jobs);
        var last = await api.Client.JobAsync(GeneratedBackup.JobId(2_499));
        Assert.Equal((JobStatus.Completed, JobCalls.SampleSlateId), (last.Status, last.SlateId));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(api.DataFolder, BackupFile.FolderName)));
    }

    [Fact]
    public async Task A_spool_a_killed_restore_left_goes_with_the_next_restore_and_a_recent_one_stays()
    {
        var folder = Directory.CreateDirectory(Path.Combine(api.DataFolder, BackupFile.FolderName)).FullName;
        var abandoned = Path.Combine(folder, "abandoned.json");
        var recent = Path.Combine(folder, "replica-in-progress.json");
        await File.WriteAllTextAsync(abandoned, "{", Cancellation);
        await File.WriteAllTextAsync(recent, "{", Cancellation);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - BackupFile.AbandonedAfter - TimeSpan.FromMinutes(1));

        using var response = await api.Client.PostAsync(
            "/api/backup?mode=merge", new GeneratedBackup(jobs: 1, resultBytes: 100, JobCalls.SampleSlateId), Cancellation);

        await response.ReadAsync<RestoreReport>();
        Assert.Equal([recent], Directory.EnumerateFiles(folder));
    }

    [Fact]
    public async Task A_backup_with_more_than_a_hundred_problems_lists_a_hundred_and_counts_the_rest()
    {
        using var response = await api.Client.PostAsync(
            "/api/backup?mode=replace", new GeneratedBackup(jobs: 250, resultBytes: 100, "no-such-slate"), Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Equal(101, problem.Errors!.Count);
        Assert.Equal(["'no-such-slate' is neither a slate of this backup nor one the database keeps"], problem.Errors["jobs[99].slateId"]);
        Assert.Equal(["150 more problems from here on are not listed: the check stops listing after 100"], problem.Errors["jobs[100].slateId"]);
        Assert.Equal(0, await api.QueryAsync(db => db.Jobs.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_backup_over_the_limit_is_refused_by_its_declared_length_with_the_limit_named()
    {
        var host = api.Start();
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();
        // Kestrel refuses the body by its declared length at the first read and closes the connection: a raw request
        // that declares it and sends none of it reads the answer (see UploadLimitTests).
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port, Cancellation);
        await using var stream = tcp.GetStream();
        var request = $"POST /api/backup?mode=merge HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TestAccessToken.Value}\r\n"
            + $"Content-Type: application/json\r\nContent-Length: {BackupApi.RequestLimitBytes + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Cancellation);

        var answer = await new StreamReader(stream).ReadToEndAsync(Cancellation);

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("The backup is over the 512 MB limit of a restore", answer, StringComparison.Ordinal);
    }

    /// <summary>
    /// The case, in a process of its own so its peak memory is its own: a 450 MB backup of the right shape whose
    /// every job names a slate it does not hold. Read whole, it took 5.1 GB and 45 s.
    /// </summary>
    [Fact]
    public async Task A_450_MB_backup_is_refused_within_seconds_in_bounded_memory()
    {
        using var process = await ServiceProcess.StartApiAsync(api.DataFolder, redis.ConnectionString, new Dictionary<string, string>());
        using var backup = new GeneratedBackup(jobs: 3_000, resultBytes: 150_000, "no-such-slate");
        Assert.InRange(backup.Headers.ContentLength!.Value, 440_000_000, 460_000_000);
        var started = Stopwatch.StartNew();

        using var response = await process.Client.PostAsync("/api/backup?mode=merge", backup, Cancellation);

        var problem = await response.ProblemAsync();
        var elapsed = started.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"refused after {elapsed.TotalSeconds:0.0} s, peak memory {process.PeakMemoryBytes / (1024 * 1024)} MB");
        Assert.Contains("jobs[0].slateId", problem.Errors!.Keys);
        // 8 s alone on 2 cores, sending included; the bound leaves room for a machine shared with other test runs.
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"refused after {elapsed.TotalSeconds:0.0} s");
        Assert.True(process.PeakMemoryBytes < 300L * 1024 * 1024, $"peak memory {process.PeakMemoryBytes / (1024 * 1024)} MB");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(api.DataFolder, BackupFile.FolderName)));
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
