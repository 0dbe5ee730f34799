namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// A contest's standings as plain arrays, so lineups can be paid elsewhere exactly as
/// <see cref="ContestStandings.Evaluate"/> pays them against the field alone.
/// </summary>
/// <param name="FieldScores">Each race's field scores, ascending, race after race.</param>
/// <param name="RankWidth">How many places a rank among the sampled field spans: (opponents + 1) / (field size + 1).</param>
/// <param name="CashLines">Each race's lowest score that can pay or finish in the top 1%: below it a lineup earns nothing.</param>
/// <param name="RankTotals">What ranks among the field are worth (<see cref="SampledRanks"/>): running totals, rank-major, then by shift, <see cref="SampledRanks.Columns"/> each.</param>
/// <param name="Ranks">The ranks worth anything; <paramref name="RankTotals"/> holds ranks + 1 rows.</param>
/// <param name="Shifts">Counts of the user's entries ahead with their own values: 1 (none) against the field alone.</param>
public sealed record ContestTables(int[] FieldScores, int FieldSize, double RankWidth, int[] CashLines, double[] RankTotals, int Ranks, int Shifts)
{
    public int Simulations => CashLines.Length;

    /// <summary>Throws unless the arrays make one contest over <paramref name="simulations"/> races.</summary>
    public void Check(int simulations)
    {
        if (CashLines.Length != simulations || FieldSize < 1 || FieldScores.Length != (long)simulations * FieldSize)
        {
            throw new ArgumentException($"The contest's field does not cover {simulations} simulations: {FieldScores.Length} scores of {FieldSize} lineups, {CashLines.Length} cash lines.");
        }

        if (Ranks < 1 || Ranks > FieldSize + 1 || Shifts < 1 || Shifts > SampledRanks.MaxShifts || RankTotals.Length != (long)(Ranks + 1) * Shifts * SampledRanks.Columns || !double.IsFinite(RankWidth) || RankWidth <= 0)
        {
            throw new ArgumentException("The contest's rank table or rank width is not valid.");
        }
    }
}
