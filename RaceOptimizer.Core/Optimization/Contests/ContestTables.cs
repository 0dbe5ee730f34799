namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// A contest's standings as plain arrays, so lineups can be paid elsewhere exactly as
/// <see cref="ContestStandings.Evaluate"/> pays them against the field alone.
/// </summary>
/// <param name="FieldScores">Each race's field scores, ascending, race after race.</param>
/// <param name="FieldWeight">How many entries each sampled field lineup stands for.</param>
/// <param name="CashLines">Each race's lowest score that can pay or finish in the top 1%: below it a lineup earns nothing.</param>
/// <param name="Prizes">Prize by place from 0, one per entry.</param>
/// <param name="CumulativePrizes">The first n places' prizes together, n from 0 to the entries.</param>
public sealed record ContestTables(int[] FieldScores, int FieldSize, double FieldWeight, int[] CashLines, int TopOnePercentPlaces, double[] Prizes, double[] CumulativePrizes)
{
    public int Simulations => CashLines.Length;

    /// <summary>Throws unless the arrays make one contest over <paramref name="simulations"/> races.</summary>
    public void Check(int simulations)
    {
        if (CashLines.Length != simulations || FieldSize < 1 || FieldScores.Length != (long)simulations * FieldSize)
        {
            throw new ArgumentException($"The contest's field does not cover {simulations} simulations: {FieldScores.Length} scores of {FieldSize} lineups, {CashLines.Length} cash lines.");
        }

        if (Prizes.Length < 1 || CumulativePrizes.Length != Prizes.Length + 1 || !double.IsFinite(FieldWeight) || FieldWeight <= 0)
        {
            throw new ArgumentException("The contest's prize table or field weight is not valid.");
        }
    }
}
