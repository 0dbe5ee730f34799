using System.Text.Json;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The lineups of a completed optimize job the player kept (the result's, less <see cref="JobRecord.RemovedLineups"/>),
/// those he locked (<see cref="JobRecord.LockedLineups"/>) and what they add up to. The stored result is never rewritten, so a removal can be told from what the job built.
/// </summary>
internal static class KeptLineups
{
    /// <summary>The result of a completed optimize job, or why the job has no lineups.</summary>
    public static (OptimizeJobResult? Result, string? Problem) Read(JobRecord job)
    {
        if (job.Type != JobType.Optimize)
        {
            return (null, $"Job '{job.Id}' is a {job.Type.Name()} job: only optimize jobs have lineups.");
        }

        if (job.Status != JobStatus.Completed || job.Result is null)
        {
            return (null, $"Job '{job.Id}' is {job.Status.Name()}: only a completed optimize job has lineups.");
        }

        return (JsonSerializer.Deserialize<OptimizeJobResult>(job.Result, JsonSerializerOptions.Web)!, null);
    }

    /// <summary>
    /// The lineups a job starts out with locked: a rebuild's kept lineups lead its result (numbers 1 to k, as the builder
    /// places them) and stay locked there, as they were in the job they came from, so a rebuild of the rebuild keeps them.
    /// </summary>
    public static IReadOnlyList<int> LockedAtCompletion(IJobOptions options) =>
        options is OptimizeOptions { KeepLineups.Count: > 0 } optimize ? [.. Enumerable.Range(1, optimize.KeepLineups.Count)] : [];

    public static IReadOnlyList<OptimizedLineupInfo> Of(OptimizeJobResult result, IReadOnlyCollection<int> removed) =>
        [.. result.Lineups.Where((_, i) => !removed.Contains(i + 1))];

    public static KeptPortfolio Portfolio(OptimizeJobResult result, JobRecord job)
    {
        var (removed, kept) = (job.RemovedLineups, Of(result, job.RemovedLineups));
        return new KeptPortfolio(
            result.Lineups.Count,
            [.. removed.Order()],
            kept.Count == 0 ? null : Math.Round(kept.Average(l => l.Salary), 0),
            Average(kept, l => l.Ownership, 2),
            Average(kept, l => l.OwnershipProduct, 8),
            kept.Count > 0 && kept.All(l => l.Duplicates is not null) ? Math.Round(kept.Sum(l => l.Duplicates!.Value), 2) : null,
            Exposures(result, kept),
            Points(kept))
        {
            Locked = [.. job.LockedLineups.Order()],
        };
    }

    private static double? Average(IReadOnlyList<OptimizedLineupInfo> kept, Func<OptimizedLineupInfo, double?> figure, int digits) =>
        kept.Count > 0 && kept.All(l => figure(l) is not null) ? Math.Round(kept.Average(l => figure(l)!.Value), digits) : null;

    /// <summary>
    /// Every driver of a kept lineup, and every driver the field owns that the kept lineups leave out: fading the chalk is
    /// leverage too. Ownership is the field's target where one was drawn, else the slate's projection as the result gave it.
    /// </summary>
    private static IReadOnlyList<KeptExposure> Exposures(OptimizeJobResult result, IReadOnlyList<OptimizedLineupInfo> kept)
    {
        var ownership = result.Field?.Ownership.ToDictionary(o => o.Driver, o => (double?)o.Target)
            ?? result.Exposures.ToDictionary(e => e.Driver, e => e.Ownership);
        var names = kept.SelectMany(l => l.Drivers.Zip(l.Names, (driver, name) => (Driver: driver, Name: name)))
            .Concat(result.Field?.Ownership.Where(o => o.Target > 0).Select(o => (o.Driver, o.Name)) ?? [])
            .DistinctBy(d => d.Driver);
        var lineups = kept.SelectMany(l => l.Drivers).CountBy(d => d).ToDictionary();
        return [.. names
            .Select(d =>
            {
                var count = lineups.GetValueOrDefault(d.Driver);
                var exposure = kept.Count == 0 ? 0 : count / (double)kept.Count;
                var owned = ownership.GetValueOrDefault(d.Driver);
                return new KeptExposure(d.Driver, d.Name, count, Math.Round(exposure, 4), owned, owned is { } o ? Math.Round((exposure * 100) - o, 2) : null);
            })
            .OrderByDescending(e => e.Exposure).ThenByDescending(e => e.Ownership).ThenBy(e => e.Name)];
    }

    /// <summary>The kept lineups' histograms added up: they share the result's bins.</summary>
    private static PointsHistogram? Points(IReadOnlyList<OptimizedLineupInfo> kept)
    {
        if (kept.Count == 0 || kept.Any(l => l.Histogram is null))
        {
            return null;
        }

        var first = kept[0].Histogram!;
        var counts = new int[first.Counts.Count];
        foreach (var histogram in kept.Select(l => l.Histogram!))
        {
            for (var bin = 0; bin < counts.Length; bin++)
            {
                counts[bin] += histogram.Counts[bin];
            }
        }

        return first with { Counts = counts };
    }
}
