namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// Values by rank (from 0) in columns, kept as running totals so a fractional span of ranks averages in two reads:
/// a contest's prizes by place, or what a rank among a sampled field is worth (<see cref="SampledRanks"/>), as arrays
/// on the CPU or views on a device.
/// </summary>
public interface IRankTable
{
    /// <summary>Ranks with a value; those past them are worth nothing.</summary>
    int Ranks { get; }

    /// <summary>The first <paramref name="ranks"/> ranks' values in <paramref name="column"/> together, ranks from 0 to <see cref="Ranks"/>.</summary>
    double Cumulative(int ranks, int column);
}

/// <summary>What one race is worth to a lineup: its expected payout and its chances to cash, finish top 1% and win.</summary>
public readonly record struct PlaceValue(double Payout, double Cashed, double TopOnePercent, double Won);

/// <summary>
/// What a place in a sampled contest is worth: the one rule <see cref="ContestStandings"/> applies on the CPU and the
/// worker's payout kernel compiles for its device. The place is a rank among the sampled field, where
/// <see cref="SampledRanks"/> has already paid each rank its expectation over the opponents the sample does not show;
/// the user's own entries are real ones, and each sampled rank spans <c>rankWidth</c> of their places.
/// </summary>
public static class PlacePayout
{
    /// <summary>
    /// The value of a lineup with <paramref name="fieldAhead"/> sampled lineups above it and <paramref name="fieldTied"/>
    /// level with it, and <paramref name="ownAhead"/> and <paramref name="ownTied"/> of the user's other entries.
    /// </summary>
    /// <remarks>
    /// Tied entries split the prizes of the places they share, which is the expected prize of a place drawn at random
    /// among them: the payout averages the ranks the tie spans. The rates count the tie's best place, as a site's
    /// standings show it.
    /// </remarks>
    public static PlaceValue Value<TTable>(ref TTable table, int fieldAhead, int fieldTied, int ownAhead, int ownTied, double rankWidth)
        where TTable : struct, IRankTable
    {
        var ahead = fieldAhead + (ownAhead / rankWidth);
        var tied = fieldTied + (ownTied / rankWidth);
        return new PlaceValue(
            Average(ref table, SampledRanks.PayoutColumn, ahead, ahead + tied + 1),
            Average(ref table, SampledRanks.CashColumn, ahead, ahead + 1),
            Average(ref table, SampledRanks.TopOnePercentColumn, ahead, ahead + 1),
            Average(ref table, SampledRanks.WinColumn, ahead, ahead + 1));
    }

    /// <summary>
    /// The average value in <paramref name="column"/> over ranks [<paramref name="from"/>, <paramref name="to"/>),
    /// counted from 0 and fractional; ranks past the table are worth nothing.
    /// </summary>
    public static double Average<TTable>(ref TTable table, int column, double from, double to)
        where TTable : struct, IRankTable => (Cumulative(ref table, column, to) - Cumulative(ref table, column, from)) / (to - from);

    private static double Cumulative<TTable>(ref TTable table, int column, double rank)
        where TTable : struct, IRankTable
    {
        if (rank >= table.Ranks)
        {
            return table.Cumulative(table.Ranks, column);
        }

        var whole = (int)rank;
        var below = table.Cumulative(whole, column);
        return below + ((rank - whole) * (table.Cumulative(whole + 1, column) - below));
    }
}
