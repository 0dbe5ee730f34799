namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// What a rank among a sampled field is worth against the whole field (docs/decisions.md, "A sampled field's
/// places"). A lineup with k of the m sampled lineups above it does not have k x (opponents / m) opponents above it:
/// that count is right on average, but it swings far more than the real one, and prizes are convex in the place, so
/// paying it overpays the top (beating the sample's best is not winning the contest). Each rank is paid instead its
/// expected prize over the opponents ahead given k. The sampled and the real lineups are draws of one field model, so
/// they are exchangeable: when the sample is no larger than the field it is part of it, and the unseen opponents
/// ahead are Beta-Binomial(opponents - m, k + 1, m - k + 1) (a uniform prior on the share of the field above the
/// score); a sample larger than the field predicts a fresh field of opponents the same way. With m = opponents
/// nothing is unseen and rank k pays place k exactly.
/// </summary>
public static class SampledRanks
{
    public const int PayoutColumn = 0;
    public const int CashColumn = 1;
    public const int TopOnePercentColumn = 2;
    public const int WinColumn = 3;
    public const int Columns = 4;

    /// <summary>
    /// A rank whose chance of a place that pays or counts as top 1% is below this is worth nothing: what that leaves
    /// out is at most this share of a prize per race, and the races below that rank need no place at all.
    /// </summary>
    private const double Negligible = 1e-12;

    /// <summary>Past its mode, a law's terms below this are dropped: at most a million of them remain, 1e-18 in all.</summary>
    private const double Tail = 1e-24;

    private const double Rescale = 1e200;

    /// <summary>The cumulative table over the ranks that are worth anything, <see cref="Columns"/> values per rank.</summary>
    /// <param name="fieldSize">The sampled lineups, m.</param>
    /// <param name="opponents">The entries the sample stands for.</param>
    public static RankArrays Table(PayoutStructure payouts, int fieldSize, int opponents)
    {
        ArgumentNullException.ThrowIfNull(payouts);
        var (paid, topOnePercent) = (payouts.PaidPlaces, payouts.TopOnePercentPlaces);
        var prizes = payouts.Prizes;
        var counted = Math.Max(paid, topOnePercent);
        var partOfField = fieldSize <= opponents;
        var unseen = partOfField ? opponents - fieldSize : opponents;
        var cumulative = new List<double>(Columns * 64) { 0, 0, 0, 0 };

        // P(no unseen opponent ahead) for rank k, in logs: it telescopes to (m + 1) / (unseen + m + 1) at k = 0, and each
        // rank multiplies it by (m - k) / (unseen + m - k).
        var logNoneAhead = Math.Log((fieldSize + 1.0) / (unseen + fieldSize + 1.0));
        var ranks = 0;
        for (var rank = 0; rank <= fieldSize; rank++)
        {
            var offset = partOfField ? rank : 0; // the sampled lineups ahead are opponents ahead when the sample is part of the field
            var (payout, cash, top, win, reach) = (0.0, 0.0, 0.0, 0.0, 0.0);

            // The Beta-Binomial terms by their ratio, as value x e^scale so that neither underflows.
            var (value, scale) = (1.0, logNoneAhead);
            var factor = Math.Exp(scale);
            for (var unseenAhead = 0; unseenAhead <= unseen && offset + unseenAhead < counted; unseenAhead++)
            {
                var place = offset + unseenAhead;
                var chance = value * factor;
                payout += chance * prizes[place];
                cash += place < paid ? chance : 0;
                top += place < topOnePercent ? chance : 0;
                win += place == 0 ? chance : 0;
                reach += chance;
                var ratio = (unseen - unseenAhead) * (rank + 1.0 + unseenAhead) / ((unseenAhead + 1.0) * (unseen + fieldSize - rank - unseenAhead));
                if (ratio < 1 && chance < Tail)
                {
                    break;
                }

                value *= ratio;
                if (value > Rescale)
                {
                    (scale, value) = (scale + Math.Log(value), 1);
                    factor = Math.Exp(scale);
                }
            }

            if (reach < Negligible)
            {
                break; // a rank lower down has fewer opponents behind it: worth even less
            }

            var last = cumulative.Count - Columns;
            cumulative.AddRange([cumulative[last] + payout, cumulative[last + 1] + cash, cumulative[last + 2] + top, cumulative[last + 3] + win]);
            ranks++;
            if (rank < fieldSize)
            {
                logNoneAhead += Math.Log((fieldSize - rank) / (double)(unseen + fieldSize - rank));
            }
        }

        return new RankArrays([.. cumulative], ranks);
    }
}

/// <summary>A rank table as arrays on the CPU: <see cref="SampledRanks.Columns"/> running totals per rank, ranks 0 to <see cref="Ranks"/>.</summary>
public readonly struct RankArrays(double[] cumulative, int ranks) : IRankTable
{
    public int Ranks => ranks;

    /// <summary>The running totals, rank-major: what a device copies.</summary>
    public double[] Totals => cumulative;

    public double Cumulative(int ranks, int column) => cumulative[(ranks * SampledRanks.Columns) + column];
}
