namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The CPU reference of scoring lineups one by one under a simulation objective: the very numbers
/// <see cref="SimulationRanking"/> ranks by, which the worker's kernel must give too, number for number.
/// </summary>
public static class LineupScores
{
    public static long[] Score(SimulatedPoints points, IReadOnlyList<ulong> lineups, ObjectiveMeasure measure, int[] thresholds)
    {
        Check(points, lineups, measure, thresholds);
        var scores = new long[lineups.Count];
        Parallel.For(
            0,
            lineups.Count,
            Parallelism.Bounded(),
            () => new int[points.Simulations],
            (lineup, _, scratch) =>
            {
                points.LineupPoints(lineups[lineup], scratch);
                scores[lineup] = Score(scratch, measure, thresholds);
                return scratch;
            },
            _ => { });
        return scores;
    }

    /// <summary>Refuses what cannot be scored exactly, before any device starts; only tail reads thresholds.</summary>
    public static void Check(SimulatedPoints points, IReadOnlyList<ulong> lineups, ObjectiveMeasure measure, ReadOnlySpan<int> thresholds)
    {
        LineupEvaluation.CheckLineups(points, lineups);
        measure.Check(points.Simulations);
        if (measure.Kind == ObjectiveKind.Tail)
        {
            LineupEvaluation.CheckThresholds(points, thresholds);
        }
    }

    /// <summary>The objective's value of one lineup's points in every simulation (reorders them).</summary>
    private static long Score(Span<int> lineupPoints, ObjectiveMeasure measure, ReadOnlySpan<int> thresholds) => measure.Kind switch
    {
        ObjectiveKind.Percentile => SimulationMath.Select(lineupPoints, measure.Rank),
        ObjectiveKind.Cvar => SimulationMath.SumOfLargest(lineupPoints, measure.Rank),
        _ => CountReaching(lineupPoints, thresholds),
    };

    private static int CountReaching(ReadOnlySpan<int> lineupPoints, ReadOnlySpan<int> thresholds)
    {
        var count = 0;
        for (var simulation = 0; simulation < lineupPoints.Length; simulation++)
        {
            count += lineupPoints[simulation] >= thresholds[simulation] ? 1 : 0;
        }

        return count;
    }
}
