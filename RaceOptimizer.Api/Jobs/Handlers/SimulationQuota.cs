using Microsoft.Extensions.Options;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// Keeps the matrices of <see cref="SimulationFiles"/> within <see cref="SimulationStorageOptions.QuotaBytes"/>: after a
/// job saves its matrices, the oldest other jobs' matrices go until the folder fits, and the new job's own go too if
/// they alone do not fit. One eviction at a time per data folder, across processes too (API replicas share the folder):
/// a lock file held exclusively (an advisory lock on Linux), so two evictions never count the same files twice.
/// </summary>
public sealed class SimulationQuota(SimulationFiles files, IOptions<SimulationStorageOptions> options, TimeProvider time)
{
    private const string LockFileName = ".quota.lock";

    /// <summary>A process renames its half-written matrix within seconds; one this old was left by a process that died.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);

    public long QuotaBytes => options.Value.QuotaBytes;

    /// <summary>Evicts until the kept matrices fit, sparing <paramref name="savedJobId"/>'s unless they alone are too large.</summary>
    public async Task<Eviction> EnforceAsync(string savedJobId, CancellationToken cancellationToken)
    {
        await using var held = await LockAsync(cancellationToken);
        files.DeleteAbandonedPartials((time.GetUtcNow() - AbandonedAfter).UtcDateTime);
        var jobs = files.Kept()
            .GroupBy(matrix => matrix.JobId)
            .Select(job => (JobId: job.Key, Bytes: job.Sum(m => m.Bytes), WrittenAt: job.Max(m => m.WrittenAt)))
            .ToList();
        var total = jobs.Sum(job => job.Bytes);
        var evicted = new List<string>();
        foreach (var job in jobs.Where(j => j.JobId != savedJobId).OrderBy(j => j.WrittenAt).ThenBy(j => j.JobId, StringComparer.Ordinal))
        {
            if (total <= QuotaBytes)
            {
                break;
            }

            files.Delete(job.JobId);
            total -= job.Bytes;
            evicted.Add(job.JobId);
        }

        var savedKept = total <= QuotaBytes;
        if (!savedKept)
        {
            files.Delete(savedJobId);
        }

        return new Eviction(savedKept, evicted);
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(files.Folder);
        var path = Path.Combine(files.Folder, LockFileName);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another eviction holds it, in this process or another: evictions take milliseconds.
                await Task.Delay(LockRetry, time, cancellationToken);
            }
        }
    }
}

/// <summary>What one enforcement did: whether the job just saved keeps its matrices, and whose were evicted for room.</summary>
public sealed record Eviction(bool SavedKept, IReadOnlyList<string> Evicted);
