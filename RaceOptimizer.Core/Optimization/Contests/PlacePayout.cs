namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// Values by rank (from 0) in columns, kept as running totals so a fractional span of ranks averages in two reads:
/// a contest's prizes by place, or what a rank among a sampled field is worth with so many of the user's entries
/// ahead (<see cref="SampledRanks"/>), as arrays on the CPU or views on a device.
/// </summary>
public interface IRankTable
{
    /// <summary>Ranks with a value; those past them are worth nothing.</summary>
    int Ranks { get; }

    /// <summary>How many counts of the user's entries ahead have their own values, from none.</summary>
    int Shifts { get; }

    /// <summary>
    /// The first <paramref name="ranks"/> ranks' values in <paramref name="column"/> together, ranks from 0 to
    /// <see cref="Ranks"/>, with <paramref name="shift"/> of the user's entries ahead.
    /// </summary>
    double Cumulative(int ranks, int shift, int column);
}

/// <summary>What one race is worth to a lineup: its expected payout and its chances to cash, finish top 1% and win.</summary>
public readonly record struct PlaceValue(double Payout, double Cashed, double TopOnePercent, double Won);

/// <summary>
/// What a place in a sampled contest is worth: the one rule <see cref="ContestStandings"/> applies on the CPU and the
/// worker's payout kernel compiles for its device. The place is a rank among the sampled field, where
/// <see cref="SampledRanks"/> has already paid each rank its expectation over the opponents the sample does not show,
/// with the first few of the user's own entries ahead counted place by place (the top prizes fall steeply); own
/// entries past those, and own ties, move the rank by 1 / <c>rankWidth</c> each, as a rank spans rankWidth places.
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
        var shift = ownAhead < table.Shifts ? ownAhead : table.Shifts - 1;
        var ahead = fieldAhead + ((ownAhead - shift) / rankWidth);
        var tied = fieldTied + (ownTied / rankWidth);
        return new PlaceValue(
            Average(ref table, shift, SampledRanks.PayoutColumn, ahead, ahead + tied + 1),
            Average(ref table, shift, SampledRanks.CashColumn, ahead, ahead + 1),
            Average(ref table, shift, SampledRanks.TopOnePercentColumn, ahead, ahead + 1),
            Average(ref table, shift, SampledRanks.WinColumn, ahead, ahead + 1));
    }

    /// <summary>
    /// The average value in <paramref name="column"/>, with <paramref name="shift"/> own entries ahead, over ranks
    /// [<paramref name="from"/>, <paramref name="to"/>), counted from 0 and fractional; ranks past the table are worth nothing.
    /// </summary>
    public static double Average<TTable>(ref TTable table, int shift, int column, double from, double to)
        where TTable : struct, IRankTable => (Cumulative(ref table, shift, column, to) - Cumulative(ref table, shift, column, from)) / (to - from);

    private static double Cumulative<TTable>(ref TTable table, int shift, int column, double rank)
        where TTable : struct, IRankTable
    {
        if (rank >= table.Ranks)
        {
            return table.Cumulative(table.Ranks, shift, column);
        }

        var whole = (int)rank;
        var below = table.Cumulative(whole, shift, column);
        return below + ((rank - whole) * (table.Cumulative(whole + 1, shift, column) - below));
    }
}
