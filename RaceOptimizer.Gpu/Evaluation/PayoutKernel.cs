using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// The contest payout kernel, compiled once and kept: one thread pays one lineup in every simulated race against the
/// sampled field, through Core's own <see cref="PlacePayout"/>, adding race by race in the order
/// <see cref="ContestStandings.Tally"/> does, so on the CPU accelerator its tallies equal Core's to the last bit.
/// </summary>
internal sealed class PayoutKernel(Accelerator accelerator)
{
    private readonly Action<Index1D, LineupRows, ContestViews, ArrayView<ContestTally>> kernel =
        accelerator.LoadAutoGroupedStreamKernel<Index1D, LineupRows, ContestViews, ArrayView<ContestTally>>(Pay);

    public Accelerator Accelerator => accelerator;

    /// <summary>Pays <paramref name="count"/> lineups into <paramref name="tallies"/>; asynchronous on the default stream.</summary>
    public void Launch(LineupRows lineups, int count, ContestViews contest, ArrayView<ContestTally> tallies) => kernel(count, lineups, contest, tallies);

    private static void Pay(Index1D lineup, LineupRows lineups, ContestViews contest, ArrayView<ContestTally> tallies)
    {
        var prizes = contest.Prizes;
        var (sum, squares, cashed, topOnePercent, won) = (0.0, 0.0, 0, 0, 0);
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            var score = lineups.Score(lineup, simulation);
            if (score < contest.CashLines[simulation])
            {
                continue; // out of the money: pays nothing, counts toward no rate
            }

            var atMost = contest.CountBelow(simulation, score, orEqual: true);
            var ahead = (contest.FieldSize - atMost) * contest.FieldWeight;
            var tied = (atMost - contest.CountBelow(simulation, score, orEqual: false)) * contest.FieldWeight;
            var payout = PlacePayout.Earned(ref prizes, ahead, tied);
            (sum, squares) = (sum + payout, squares + (payout * payout));
            cashed += payout > 0 ? 1 : 0;
            topOnePercent += ahead < contest.TopOnePercentPlaces ? 1 : 0;
            won += ahead == 0 ? 1 : 0;
        }

        tallies[lineup] = new ContestTally(sum, squares, cashed, topOnePercent, won);
    }
}
