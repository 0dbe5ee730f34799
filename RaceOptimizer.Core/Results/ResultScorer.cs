using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Results;

/// <summary>Scores a slate's lineups against a race's result under the slate's site scoring.</summary>
public sealed class ResultScorer
{
    private readonly Dictionary<string, ScoredDriver> bySiteId;

    public ResultScorer(Slate slate, RaceResult result)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(result);
        var table = ScoringTable.For(slate.Site);
        var matcher = new DriverNameMatcher(result.Drivers.Select(r => r.Driver));
        var results = result.Drivers.ToDictionary(r => r.Driver);
        var matched = slate.Drivers.Select(d => (Driver: d, Result: matcher.Match(d.Name) is { } match ? results[match.Name] : null)).ToList();
        bySiteId = matched.ToDictionary(
            m => m.Driver.SiteId,
            m => new ScoredDriver(m.Driver.SiteId, m.Driver.Name, m.Result is null ? ScoreBreakdown.Zero : DriverPoints.Score(table, m.Result)));
        DriversWithoutResult = [.. matched.Where(m => m.Result is null).Select(m => m.Driver.Name)];
    }

    /// <summary>Slate drivers the result does not list (withdrawn, or a name that would not match): they score zero.</summary>
    public IReadOnlyList<string> DriversWithoutResult { get; }

    public ScoredDriver Driver(string siteId) =>
        bySiteId.TryGetValue(siteId, out var driver) ? driver : throw new ArgumentException($"Player id {siteId} is not on the slate.", nameof(siteId));

    public LineupScore Score(Lineup lineup)
    {
        ArgumentNullException.ThrowIfNull(lineup);
        var drivers = lineup.SiteIds.Select(Driver).ToList();
        return new LineupScore(lineup, drivers, Math.Round(drivers.Sum(d => d.Points.Total), 2));
    }

    public PortfolioScore Score(IReadOnlyList<Lineup> portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentOutOfRangeException.ThrowIfZero(portfolio.Count);
        var scores = portfolio.Select(Score).ToList();
        return new PortfolioScore(scores, scores.Max(s => s.Total), Math.Round(scores.Average(s => s.Total), 2));
    }
}
