namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The CPU reference of lineup evaluation: each lineup's points in each simulation reduced to the tallies that the
/// mean, the spread, P(score &gt;= threshold) and the histogram come from. The worker's kernel must give the same
/// tallies, number for number.
/// </summary>
public static class LineupEvaluation
{
    public static LineupTallies Evaluate(SimulatedPoints points, IReadOnlyList<ulong> lineups, ReadOnlySpan<int> thresholds, HistogramBins bins)
    {
        var scoreBins = Check(points, lineups, thresholds, bins);
        var tallies = new LineupTallies(new long[lineups.Count], new long[lineups.Count], new int[lineups.Count], new int[lineups.Count * scoreBins.Count], scoreBins.Count);
        var scores = new int[points.Simulations];
        for (var lineup = 0; lineup < lineups.Count; lineup++)
        {
            points.LineupPoints(lineups[lineup], scores);
            var histogram = tallies.Histograms.AsSpan(lineup * scoreBins.Count, scoreBins.Count);
            var (sum, squares, reaching) = (0L, 0L, 0);
            for (var simulation = 0; simulation < scores.Length; simulation++)
            {
                var score = scores[simulation];
                (sum, squares) = (sum + score, squares + ((long)score * score));
                reaching += score >= thresholds[simulation] ? 1 : 0;
                histogram[ScoreBins.Bin(score, scoreBins.Min, scoreBins.Width, scoreBins.Count)]++;
            }

            (tallies.Sums[lineup], tallies.SumsOfSquares[lineup], tallies.Reaching[lineup]) = (sum, squares, reaching);
        }

        return tallies;
    }

    /// <summary>Refuses what the tallies cannot hold exactly, before any device starts (see <see cref="CheckLineups"/>).</summary>
    public static ScoreBins Check(SimulatedPoints points, IReadOnlyList<ulong> lineups, ReadOnlySpan<int> thresholds, HistogramBins bins)
    {
        CheckLineups(points, lineups);
        CheckThresholds(points, thresholds);
        return ScoreBins.Of(bins);
    }

    /// <summary>
    /// Every lineup must name drivers of the matrix, its score fit an int in every simulation and its sum of squares a
    /// long. The largest score a lineup can reach is the sum of its drivers' largest magnitudes, so the check costs one
    /// pass over the matrix.
    /// </summary>
    public static void CheckLineups(SimulatedPoints points, IReadOnlyList<ulong> lineups)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lineups);

        var largest = Enumerable.Range(0, points.Drivers).Select(d => Largest(points.Of(d))).ToArray();
        foreach (var lineup in lineups)
        {
            // A shift by 64 would shift by nothing: a 64-driver matrix holds every mask.
            if (lineup == 0 || (points.Drivers < 64 && (lineup >> points.Drivers) != 0))
            {
                throw new ArgumentException($"Lineup {lineup:x} is empty or names a driver past the {points.Drivers} in the matrix.", nameof(lineups));
            }

            var bound = LineupSpace.Drivers(lineup).Sum(d => largest[d]);
            if (bound > int.MaxValue || (Int128)bound * bound * points.Simulations > long.MaxValue)
            {
                throw new ArgumentException($"Lineup {lineup:x} could score too much for exact tallies.", nameof(lineups));
            }
        }
    }

    public static void CheckThresholds(SimulatedPoints points, ReadOnlySpan<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (thresholds.Length != points.Simulations)
        {
            throw new ArgumentException($"Need one threshold per simulation ({points.Simulations}), got {thresholds.Length}.", nameof(thresholds));
        }
    }

    private static long Largest(ReadOnlySpan<int> row)
    {
        var largest = 0L;
        foreach (var value in row)
        {
            largest = Math.Max(largest, Math.Abs((long)value));
        }

        return largest;
    }
}
