namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>A contest's prizes by place (from 0), as arrays on the CPU or views on a device.</summary>
public interface IPrizeTable
{
    int Entries { get; }

    double Prize(int place);

    /// <summary>The prizes of the first <paramref name="places"/> places together, 0 to <see cref="Entries"/>.</summary>
    double CumulativePrize(int places);
}

/// <summary>
/// What a place in a sampled contest pays: the one rule <see cref="ContestStandings"/> applies on the CPU and the
/// worker's payout kernel compiles for its device. Each sampled field lineup stands for <c>weight</c> entries, so
/// places are fractional, and tied entries split the prizes of the places they share.
/// </summary>
public static class PlacePayout
{
    /// <summary>
    /// The prize of a lineup with <paramref name="ahead"/> entries above it and <paramref name="tied"/> others level
    /// with it (both weighted): the average prize of places [ahead, ahead + tied + 1).
    /// </summary>
    public static double Earned<TPrizes>(ref TPrizes prizes, double ahead, double tied)
        where TPrizes : struct, IPrizeTable => AveragePrize(ref prizes, ahead, ahead + tied + 1);

    /// <summary>
    /// The average prize over places [<paramref name="from"/>, <paramref name="to"/>) counted from 0 and fractional;
    /// places past the last entry pay nothing.
    /// </summary>
    public static double AveragePrize<TPrizes>(ref TPrizes prizes, double from, double to)
        where TPrizes : struct, IPrizeTable => (Cumulative(ref prizes, to) - Cumulative(ref prizes, from)) / (to - from);

    private static double Cumulative<TPrizes>(ref TPrizes prizes, double place)
        where TPrizes : struct, IPrizeTable
    {
        if (place >= prizes.Entries)
        {
            return prizes.CumulativePrize(prizes.Entries);
        }

        var whole = (int)place;
        return prizes.CumulativePrize(whole) + ((place - whole) * prizes.Prize(whole));
    }
}
