using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// The contest payout kernel, compiled once and kept: one thread pays one lineup in every simulated race against the
/// sampled field, through Core's own <see cref="PlacePayout"/> and <see cref="ContestTally.Plus"/>, race by race in the order
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
        var ranks = contest.Ranks;
        var tally = default(ContestTally);
        for (var simulation = 0; simulation < lineups.Simulations; simulation++)
        {
            var score = lineups.Score(lineup, simulation);
            if (score < contest.CashLines[simulation])
            {
                continue; // out of the money: pays nothing, counts toward no rate
            }

            var atMost = contest.CountBelow(simulation, score, orEqual: true);
            var below = contest.CountBelow(simulation, score, orEqual: false);
            tally = tally.Plus(PlacePayout.Value(ref ranks, contest.FieldSize - atMost, atMost - below, ownAhead: 0, ownTied: 0, contest.RankWidth));
        }

        tallies[lineup] = tally;
    }
}
