namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// What <see cref="LineupEvaluation"/> counts for each lineup over every simulation: whole integers only (points in
/// hundredths), so any device that adds them in any order gives the same numbers. Lineup i's histogram is the
/// <see cref="Bins"/> counts from index i x <see cref="Bins"/> in <see cref="Histograms"/>.
/// </summary>
/// <param name="Sums">Each lineup's points summed over the simulations.</param>
/// <param name="SumsOfSquares">Each lineup's points squared, summed over the simulations.</param>
/// <param name="Reaching">In how many simulations each lineup scored at least that simulation's threshold.</param>
public sealed record LineupTallies(long[] Sums, long[] SumsOfSquares, int[] Reaching, int[] Histograms, int Bins)
{
    public int Lineups => Sums.Length;

    public ReadOnlySpan<int> Histogram(int lineup) => Histograms.AsSpan(lineup * Bins, Bins);
}
