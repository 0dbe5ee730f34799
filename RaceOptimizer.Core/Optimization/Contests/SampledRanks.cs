namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// What a rank among a sampled field is worth against the whole field (docs/decisions.md, "A sampled field's
/// places"). A lineup with k of the m sampled lineups above it does not have k x (opponents / m) opponents above it:
/// that count is right on average, but it swings far more than the real one, and prizes are convex in the place, so
/// paying it overpays the top (beating the sample's best is not winning the contest). Each rank is paid instead its
/// expected prize over the opponents ahead given k (<see cref="OpponentsAhead"/>). The sampled and the real lineups
/// are draws of one field model, so they are exchangeable: when the sample is no larger than the field it is part of
/// it, and the unseen opponents ahead are Beta-Binomial(opponents - m, k + 1, m - k + 1) (a uniform prior on the share
/// of the field above the score); a sample larger than the field holds one (Hypergeometric). With m = opponents
/// nothing is unseen and rank k pays place k exactly. The user's own entries are real: with s of them ahead, rank k pays
/// the expected prize of place (opponents ahead) + s.
/// </summary>
public static class SampledRanks
{
    public const int PayoutColumn = 0;
    public const int CashColumn = 1;
    public const int TopOnePercentColumn = 2;
    public const int WinColumn = 3;
    public const int Columns = 4;

    /// <summary>
    /// Own entries ahead counted place by place, from none: past the first 16 the prizes fall slowly enough that a
    /// shift by 1 / rankWidth of a rank each is as good. The top prizes fall steeply (first pays about twice second in a
    /// top-heavy contest), so there a rank's fraction, which averages over rankWidth places, would miss most of the drop.
    /// </summary>
    public const int MaxShifts = 17;

    /// <summary>
    /// A rank whose chance of a place that pays or counts as top 1% is below this is worth nothing: what that leaves
    /// out is at most this share of a prize per race, and the races below that rank need no place at all.
    /// </summary>
    private const double Negligible = 1e-12;

    /// <summary>Past its mode, a law's terms below this are dropped: at most a million of them remain, 1e-18 in all.</summary>
    private const double Tail = 1e-24;

    private const double Rescale = 1e200;

    /// <summary>Where a value sits in a table of running totals: rank-major, then by shift, then by column.</summary>
    public static int Index(int ranks, int shift, int column, int shifts) => (((ranks * shifts) + shift) * Columns) + column;

    /// <summary>The cumulative table over the ranks that are worth anything, <see cref="Columns"/> values per rank and shift.</summary>
    /// <param name="fieldSize">The sampled lineups, m.</param>
    /// <param name="opponents">The entries the sample stands for.</param>
    /// <param name="ownEntries">The user's entries: each lineup may have the others ahead of it.</param>
    public static RankArrays Table(PayoutStructure payouts, int fieldSize, int opponents, int ownEntries)
    {
        ArgumentNullException.ThrowIfNull(payouts);
        var (paid, topOnePercent) = (payouts.PaidPlaces, payouts.TopOnePercentPlaces);
        var prizes = payouts.Prizes;
        var counted = Math.Max(paid, topOnePercent);
        var shifts = Math.Clamp(ownEntries, 1, MaxShifts);
        var law = new OpponentsAhead(fieldSize, opponents);
        var row = shifts * Columns;
        var cumulative = new List<double>(row * 64);
        cumulative.AddRange(new double[row]);
        var chances = new double[counted]; // this rank's chance of each place, from opponents alone
        var reached = new double[counted + 1];
        var ranks = 0;
        for (var rank = 0; rank <= fieldSize; rank++)
        {
            var (first, last) = law.Places(rank);
            var (end, reach) = (first, 0.0);

            // The law's terms by their ratio, as value x e^scale so that neither underflows.
            var (value, scale) = (1.0, law.LogFirst);
            var factor = Math.Exp(scale);
            for (var place = first; place <= last && place < counted; place++)
            {
                var chance = value * factor;
                chances[end++] = chance;
                reach += chance;
                var ratio = law.Ratio(rank, place);
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

            // The chances summed place by place from the first: a shift's cash and top-1% chances are such sums up to
            // the last place that still counts, so each is read here, added in the same order as a sum of its own.
            reached[first] = 0;
            for (var place = first; place < end; place++)
            {
                reached[place + 1] = reached[place] + chances[place];
            }

            double Reached(int places) => reached[Math.Clamp(places, first, end)];
            var previous = cumulative.Count - row;
            for (var shift = 0; shift < shifts; shift++)
            {
                var payout = 0.0;
                for (var (place, stop) = (first, Math.Min(end, counted - shift)); place < stop; place++)
                {
                    payout += chances[place] * prizes[place + shift];
                }

                var win = shift == 0 && first == 0 && end > 0 ? chances[0] : 0;
                var at = previous + (shift * Columns);
                cumulative.AddRange([cumulative[at] + payout, cumulative[at + 1] + Reached(paid - shift), cumulative[at + 2] + Reached(topOnePercent - shift), cumulative[at + 3] + win]);
            }

            ranks++;
            law.Next(rank);
        }

        return new RankArrays([.. cumulative], ranks, shifts);
    }
}

/// <summary>
/// The law of the opponents ahead of a lineup with k sampled lineups ahead, term by term. A sample no larger than the
/// field is part of it: k + Beta-Binomial(N - m, k + 1, m - k + 1) (the uniform prior). A larger sample holds the
/// field: the opponents are N of the m sampled lineups, any N alike, so Hypergeometric(m, k, N), which needs no prior.
/// </summary>
internal struct OpponentsAhead(int fieldSize, int opponents)
{
    private readonly bool partOfField = fieldSize <= opponents;

    /// <summary>The log chance of the first place with a chance, at the current rank (0 first).</summary>
    public double LogFirst { get; private set; } = fieldSize <= opponents ? Math.Log((fieldSize + 1.0) / (opponents + 1.0)) : 0;

    /// <summary>The places with a chance at <paramref name="rank"/>, first to last.</summary>
    public readonly (int First, int Last) Places(int rank) =>
        partOfField ? (rank, rank + opponents - fieldSize) : (Math.Max(0, rank - (fieldSize - opponents)), Math.Min(rank, opponents));

    /// <summary>P(place + 1) / P(place) at <paramref name="rank"/>.</summary>
    public readonly double Ratio(int rank, int place)
    {
        if (partOfField)
        {
            var (unseen, unseenAhead) = (opponents - fieldSize, place - rank);
            return (unseen - unseenAhead) * (rank + 1.0 + unseenAhead) / ((unseenAhead + 1.0) * (unseen + fieldSize - rank - unseenAhead));
        }

        return (rank - place) * (opponents - (double)place) / ((place + 1.0) * (fieldSize - rank - opponents + place + 1));
    }

    /// <summary>Moves <see cref="LogFirst"/> from <paramref name="rank"/> to the next rank.</summary>
    /// <remarks>
    /// Beta-Binomial: P(none unseen ahead) telescopes to (m + 1) / (N + 1) at rank 0, and each rank multiplies it by
    /// (m - k) / (N - k). Hypergeometric: P(none ahead) = C(m - k, N) / C(m, N) shrinks by (m - N - k) / (m - k) while
    /// some lineups can stay out of the field, then P(k - (m - N) ahead) = C(k, m - N) / C(m, N) grows by
    /// (k + 1) / (k + 1 - (m - N)).
    /// </remarks>
    public void Next(int rank)
    {
        var surplus = fieldSize - opponents;
        if (rank < fieldSize)
        {
            LogFirst += partOfField ? Math.Log((fieldSize - rank) / (double)(opponents - rank))
                : rank < surplus ? Math.Log((surplus - rank) / (double)(fieldSize - rank))
                : Math.Log((rank + 1.0) / (rank + 1 - surplus));
        }
    }
}

/// <summary>A rank table as arrays on the CPU: <see cref="SampledRanks.Columns"/> running totals per rank and shift, ranks 0 to <see cref="Ranks"/>.</summary>
public readonly struct RankArrays(double[] cumulative, int ranks, int shifts) : IRankTable
{
    public int Ranks => ranks;

    public int Shifts => shifts;

    /// <summary>The running totals (<see cref="SampledRanks.Index"/>): what a device copies.</summary>
    public double[] Totals => cumulative;

    public double Cumulative(int ranks, int shift, int column) => cumulative[SampledRanks.Index(ranks, shift, column, shifts)];
}
