using System.Diagnostics;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Optimization;

/// <summary>Races a portfolio is valued on, and the contest it is paid in there; null: only its points are valued.</summary>
internal sealed record Valuation(SimulatedPoints Points, ContestStandings? Contest);

/// <summary>What the user sees of a built portfolio: each lineup's numbers, the exposures, the score histograms.</summary>
internal static class PortfolioReport
{
    private static readonly int[] BinWidths = [1, 2, 5, 10, 20, 25, 50, 100];
    private const int MaxBins = 40;

    /// <param name="values">Each driver's value the mean ranked by: simulated totals, or projections in hundredths.</param>
    /// <param name="holdout">Fresh races (and, with a contest, a fresh field) to value the chosen portfolio again; null: in sample only.</param>
    public static OptimizeResult Describe(OptimizeRequest request, IReadOnlyList<Candidate> chosen, IReadOnlyList<long> values, ContestStandings? standings, Valuation? holdout, Stopwatch clock)
    {
        var slate = request.Slate;
        var points = standings?.Points;
        var divisor = (double)ScoringTable.Scale * (points?.Simulations ?? 1);
        var scores = points is null ? [] : chosen.Select(c => Scores(points, c.Lineup)).ToArray();
        var cutoffs = standings?.TopOnePercentScores();
        var contest = request.ValuesContest;
        var inSample = standings is null ? default : Value(new Valuation(standings.Points, contest ? standings : null), scores);
        var outOfSample = holdout is null ? default : Value(holdout, [.. chosen.Select(c => Scores(holdout.Points, c.Lineup))]);
        var bins = points is null ? null : Bins(scores);
        var tallies = points is null ? null : LineupEvaluation.Evaluate(points, [.. chosen.Select(c => c.Lineup)], cutoffs!, bins!);
        var lineups = chosen.Select((candidate, i) => new OptimizedLineup(
            [.. LineupSpace.Drivers(candidate.Lineup).OrderByDescending(d => slate.Drivers[d].Salary).ThenBy(d => d)],
            candidate.Salary,
            LineupSpace.Drivers(candidate.Lineup).Sum(d => values[d]) / divisor,
            ObjectiveValue(request, candidate, points, inSample.Each?[i]),
            tallies is null ? null : Statistics(tallies, i, scores[i]),
            (outOfSample.Each ?? inSample.Each)?[i],
            tallies?.Histogram(i).ToArray())).ToList();
        var exposures = chosen.SelectMany(c => LineupSpace.Drivers(c.Lineup)).GroupBy(d => d)
            .Select(g => new DriverExposure(g.Key, g.Count(), g.Count() / (double)chosen.Count))
            .OrderByDescending(e => e.Lineups).ThenBy(e => e.Driver).ToList();
        return new OptimizeResult(lineups, exposures, bins, inSample.Figures, outOfSample.Figures, request.Objective.Target, false, clock.Elapsed);
    }

    /// <summary>The portfolio on one set of races: each lineup's contest outcome (when valued) and the portfolio's figures.</summary>
    private static (ContestOutcome[]? Each, PortfolioFigures? Figures) Value(Valuation races, int[][] scores)
    {
        var (each, portfolio) = races.Contest is { } standings ? Outcomes(standings, scores) : (null, null);
        var best = new int[races.Points.Simulations];
        Array.Fill(best, int.MinValue);
        foreach (var lineup in scores)
        {
            for (var simulation = 0; simulation < best.Length; simulation++)
            {
                best[simulation] = Math.Max(best[simulation], lineup[simulation]);
            }
        }

        var n = best.Length;
        var mean = best.Average(s => (double)s);
        var deviation = Math.Sqrt(Math.Max(0, best.Average(s => (double)s * s) - (mean * mean)));
        Array.Sort(best);
        var p99 = best[Math.Clamp((int)Math.Ceiling(0.99 * n) - 1, 0, n - 1)];
        double Points(double hundredths) => hundredths / ScoringTable.Scale;
        var figures = new PortfolioFigures(portfolio, Points(mean), Points(deviation / Math.Sqrt(n)), Points(p99), races.Contest?.Opponents, n);
        return (each, figures);
    }

    private static int[] Scores(SimulatedPoints points, ulong lineup)
    {
        var scores = new int[points.Simulations];
        points.LineupPoints(lineup, scores);
        return scores;
    }

    private static (ContestOutcome[]? Each, ContestOutcome? Portfolio) Outcomes(ContestStandings standings, int[][] scores)
    {
        var entries = new PortfolioEntries(standings.Points.Simulations, scores.Length);
        foreach (var lineup in scores)
        {
            entries.Add(lineup);
        }

        var payouts = new double[standings.Points.Simulations];
        var each = scores.Select(lineup => standings.Evaluate(lineup, entries, isOwn: true, payouts)).ToArray();
        return (each, standings.Portfolio(payouts, scores.Length, each));
    }

    private static double ObjectiveValue(OptimizeRequest request, Candidate candidate, SimulatedPoints? points, ContestOutcome? outcome)
    {
        var simulations = points?.Simulations ?? 1;
        return request.Objective.Kind switch
        {
            ObjectiveKind.Mean => candidate.Score / (double)ScoringTable.Scale / simulations,
            ObjectiveKind.Percentile => candidate.Score / (double)ScoringTable.Scale,
            ObjectiveKind.Cvar => candidate.Score / (double)ScoringTable.Scale / request.Objective.TailCount(simulations),
            ObjectiveKind.Tail => candidate.Score / (double)simulations,
            _ => outcome!.Roi,
        };
    }

    /// <summary>Mean, spread and top-1% rate from the exact tallies; percentiles stay exact by sorting the lineup's scores.</summary>
    private static LineupStatistics Statistics(LineupTallies tallies, int lineup, int[] scores)
    {
        var n = scores.Length;
        var sorted = scores.Order().ToArray();
        double Percentile(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * n) - 1, 0, n - 1)] / (double)ScoringTable.Scale;
        var mean = tallies.Sums[lineup] / (double)n;
        var deviation = Math.Sqrt(Math.Max(0, (tallies.SumsOfSquares[lineup] / (double)n) - (mean * mean)));
        return new LineupStatistics(mean / ScoringTable.Scale, deviation / ScoringTable.Scale, Percentile(0.1), Percentile(0.5), Percentile(0.9), tallies.Reaching[lineup] / (double)n);
    }

    private static HistogramBins Bins(int[][] scores)
    {
        var low = scores.Min(s => s.Min()) / (double)ScoringTable.Scale;
        var high = scores.Max(s => s.Max()) / (double)ScoringTable.Scale;
        var width = BinWidths.FirstOrDefault(w => (high - (Math.Floor(low / w) * w)) / w < MaxBins, BinWidths[^1]);
        var min = Math.Floor(low / width) * width;
        return new HistogramBins(min, width, (int)Math.Floor((high - min) / width) + 1);
    }
}
