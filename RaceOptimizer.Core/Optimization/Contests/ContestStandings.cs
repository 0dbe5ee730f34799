namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>What one lineup (or a portfolio) earns in a contest over <see cref="Simulations"/> simulated races.</summary>
/// <param name="Roi">Mean payout over the entry fee, minus one.</param>
public sealed record ContestOutcome(double MeanPayout, double Roi, double RoiStandardError, double CashRate, double TopOnePercentRate, double WinRate, int Simulations)
{
    public double CashRateStandardError => RateError(CashRate);

    public double TopOnePercentRateStandardError => RateError(TopOnePercentRate);

    public double WinRateStandardError => RateError(WinRate);

    // A share of independent simulated races: the binomial standard error.
    private double RateError(double rate) => Math.Sqrt(rate * (1 - rate) / Simulations);
}

/// <summary>
/// One lineup's payouts summed over the races, and in how many it is expected to cash, finish top 1% and win: each race
/// adds its chances against the opponents the sampled field stands for.
/// </summary>
public readonly record struct ContestTally(double Sum, double SumOfSquares, double Cashed, double TopOnePercent, double Won)
{
    /// <summary>This tally with one more race; the one way races are added, on the CPU and on a device.</summary>
    public ContestTally Plus(PlaceValue race) =>
        new(Sum + race.Payout, SumOfSquares + (race.Payout * race.Payout), Cashed + race.Cashed, TopOnePercent + race.TopOnePercent, Won + race.Won);
}

/// <summary>
/// The field's scores in every simulated race, sorted, so a lineup's place in a race is two binary searches. The field
/// is a sample of <see cref="ContestField"/> lineups standing for the opponents: the contest's entries less the user's
/// own, so field and portfolio together are exactly the contest. A rank among the sample is paid its expectation over
/// the opponents it does not show (<see cref="SampledRanks"/>); the portfolio's lineups, once chosen, count as one entry
/// each, and a sampled rank spans (opponents + 1) / (field size + 1) places.
/// </summary>
public sealed class ContestStandings
{
    private readonly int[] sorted; // simulation-major, each simulation's field scores ascending
    private readonly int fieldSize;
    private readonly double rankWidth;
    private readonly RankArrays ranks;
    private readonly int[] cashLines;
    private readonly int window;

    /// <param name="ownEntries">How many of the contest's entries are the user's (the portfolio's lineups).</param>
    public ContestStandings(SimulatedPoints points, ContestField field, PayoutStructure payouts, int ownEntries = 1)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(payouts);
        ArgumentOutOfRangeException.ThrowIfLessThan(ownEntries, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ownEntries, payouts.Entries);
        (Points, Payouts, fieldSize, OwnEntries) = (points, payouts, field.Lineups.Count, ownEntries);
        // The m + 1 ranks among the sample share the N + 1 places among the opponents evenly (exchangeability), so each
        // spans (N + 1) / (m + 1) places: one when the sample is the whole field.
        rankWidth = (payouts.Entries - ownEntries + 1) / (fieldSize + 1.0);
        sorted = new int[checked(points.Simulations * fieldSize)];
        var scores = new int[points.Simulations];
        for (var opponent = 0; opponent < fieldSize; opponent++)
        {
            points.LineupPoints(field.Lineups[opponent], scores);
            for (var simulation = 0; simulation < scores.Length; simulation++)
            {
                sorted[(simulation * fieldSize) + opponent] = scores[simulation];
            }
        }

        Parallel.For(0, points.Simulations, Parallelism.Bounded(), simulation => Array.Sort(sorted, simulation * fieldSize, fieldSize));

        // Most lineups rank too low among the sample to pay or finish top 1% in most races: below that line nothing counts,
        // whatever the portfolio adds, so only scores above it need a place, found among the few field scores near the top.
        ranks = SampledRanks.Table(payouts, fieldSize, Opponents, ownEntries);
        cashLines = Cutoffs(ranks.Ranks - 1);
        window = Math.Min(fieldSize, ranks.Ranks + 1);
    }

    public SimulatedPoints Points { get; }

    /// <summary>The user's entries; the field stands for the rest of the contest.</summary>
    public int OwnEntries { get; }

    /// <summary>How many opponents the field stands for.</summary>
    public int Opponents => Payouts.Entries - OwnEntries;

    public PayoutStructure Payouts { get; }

    /// <summary>The standings as plain arrays, for paying lineups elsewhere (the worker's payout kernel).</summary>
    public ContestTables Tables() => new([.. sorted], fieldSize, rankWidth, [.. cashLines], [.. ranks.Totals], ranks.Ranks, ranks.Shifts);

    /// <summary>
    /// Each simulated race's top-1% score: a lineup scoring at least this finishes in the top ceil(1% of entries).
    /// </summary>
    public int[] TopOnePercentScores() => Cutoffs(AllowedAhead(Payouts.TopOnePercentPlaces));

    /// <summary>Each race's lowest score with at most <paramref name="allowedAhead"/> field lineups above it.</summary>
    private int[] Cutoffs(int allowedAhead)
    {
        var cutoffs = new int[Points.Simulations];
        for (var simulation = 0; simulation < cutoffs.Length; simulation++)
        {
            cutoffs[simulation] = allowedAhead >= fieldSize ? int.MinValue : sorted[(simulation * fieldSize) + fieldSize - 1 - allowedAhead];
        }

        return cutoffs;
    }

    /// <summary>How many field lineups may beat a score that still finishes about within <paramref name="places"/>: each rank spans rankWidth places.</summary>
    private int AllowedAhead(int places) => (int)Math.Ceiling(places / rankWidth) - 1;

    /// <summary>
    /// What a lineup scoring <paramref name="scores"/> earns against the field and the portfolio's <paramref name="own"/>
    /// lineups; with <paramref name="isOwn"/> the lineup is one of them and does not compete with itself. Each race's
    /// payout is added to <paramref name="payouts"/> when given, to total a portfolio race by race.
    /// </summary>
    public ContestOutcome Evaluate(ReadOnlySpan<int> scores, PortfolioEntries? own = null, bool isOwn = false, Span<double> payouts = default) =>
        Outcome(Tally(scores, own, isOwn, payouts), scores.Length);

    /// <summary>What <see cref="Evaluate"/> counts, before it becomes an outcome.</summary>
    public ContestTally Tally(ReadOnlySpan<int> scores, PortfolioEntries? own = null, bool isOwn = false, Span<double> payouts = default)
    {
        var (table, tally) = (ranks, default(ContestTally));
        for (var simulation = 0; simulation < scores.Length; simulation++)
        {
            var score = scores[simulation];
            if (score < cashLines[simulation])
            {
                continue; // out of the money: pays nothing, counts toward no rate
            }

            var row = sorted.AsSpan(simulation * fieldSize, fieldSize);
            var (fieldAhead, fieldTied) = score > row[fieldSize - window] ? Place(row[^window..], score) : Place(row, score);
            var (ownAhead, ownTied) = own?.Place(simulation, score) ?? (0, 0);
            var race = PlacePayout.Value(ref table, fieldAhead, fieldTied, ownAhead, ownTied - (isOwn ? 1 : 0), rankWidth);
            tally = tally.Plus(race);
            if (!payouts.IsEmpty)
            {
                payouts[simulation] += race.Payout;
            }
        }

        return tally;
    }

    /// <summary>One lineup's outcome from its tally over <paramref name="simulations"/> races, wherever it was tallied.</summary>
    public ContestOutcome Outcome(ContestTally tally, int simulations)
    {
        var (mean, standardError) = MeanAndError(tally.Sum, tally.SumOfSquares, simulations);
        var fee = Payouts.EntryFee;
        double Rate(double count) => count / simulations;
        return new ContestOutcome(mean, (mean / fee) - 1, standardError / fee, Rate(tally.Cashed), Rate(tally.TopOnePercent), Rate(tally.Won), simulations);
    }

    /// <summary>The portfolio as one entry of many lineups: its payout per race is the sum of its lineups'.</summary>
    public ContestOutcome Portfolio(ReadOnlySpan<double> payouts, int lineups, IReadOnlyList<ContestOutcome> each)
    {
        var (sum, sumSquares) = (0.0, 0.0);
        foreach (var payout in payouts)
        {
            (sum, sumSquares) = (sum + payout, sumSquares + (payout * payout));
        }

        var (mean, standardError) = MeanAndError(sum, sumSquares, payouts.Length);
        var fees = Payouts.EntryFee * lineups;
        return new ContestOutcome(mean, (mean / fees) - 1, standardError / fees, each.Average(o => o.CashRate), each.Average(o => o.TopOnePercentRate), each.Average(o => o.WinRate), payouts.Length);
    }

    private static (double Mean, double StandardError) MeanAndError(double sum, double sumSquares, int n)
    {
        var mean = sum / n;
        return (mean, Math.Sqrt(Math.Max(0, (sumSquares / n) - (mean * mean)) / n));
    }

    /// <summary>How many of an ascending row are above the score, and how many equal it.</summary>
    internal static (int Ahead, int Tied) Place(ReadOnlySpan<int> ascending, int score)
    {
        var firstAbove = UpperBound(ascending, score);
        var firstAtLeast = LowerBound(ascending, score);
        return (ascending.Length - firstAbove, firstAbove - firstAtLeast);
    }

    private static int LowerBound(ReadOnlySpan<int> values, int score)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = values[middle] < score ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static int UpperBound(ReadOnlySpan<int> values, int score)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = values[middle] <= score ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
