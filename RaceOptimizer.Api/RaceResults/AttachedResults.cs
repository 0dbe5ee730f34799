using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Api.RaceResults;

/// <summary>Lines a race's result up with a slate's drivers and scores them under the slate's site.</summary>
internal static class AttachedResults
{
    public static SlateResults Of(SlateRecord slate, SlateResultRecord stored)
    {
        var result = stored.Result;
        var model = slate.ToSlate();
        // The scorer decides the points; the same matcher, run the same way, finds the result row shown beside them.
        var scorer = new ResultScorer(model, result);
        var matcher = new DriverNameMatcher(result.Drivers.Select(r => r.Driver));
        var byName = result.Drivers.ToDictionary(r => r.Driver);
        var drivers = model.Drivers.Select(d =>
        {
            var row = matcher.Match(d.Name) is { } match ? byName[match.Name] : null;
            var points = scorer.Driver(d.SiteId).Points;
            return new SlateDriverScore(d.SiteId, d.Name, d.Salary, row is null ? null : Info(row), points.Total, Info(points));
        }).ToList();
        var matched = drivers.Select(d => d.Result?.Driver).OfType<string>().ToHashSet();
        return new SlateResults(
            slate.Id,
            slate.Site.ToString(),
            new ResultRaceInfo(result.Name, result.Series?.ToString(), result.Track, result.Date),
            stored.AttachedAt,
            drivers,
            scorer.DriversWithoutResult,
            [.. result.Drivers.Select(r => r.Driver).Where(name => !matched.Contains(name))]);
    }

    private static DriverResultInfo Info(DriverResult row) =>
        new(row.Driver, row.Start, row.Finish, row.LapsLed, row.FastestLaps, row.LapsCompleted, row.Status);

    private static ScoreBreakdownInfo Info(ScoreBreakdown points) =>
        new(points.Finish, points.PlaceDifferential, points.LapsLed, points.FastestLaps, points.LapsCompleted, points.Total);
}
