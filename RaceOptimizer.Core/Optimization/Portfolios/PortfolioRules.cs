namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>A driver's share of the portfolio's lineups: at least <see cref="Min"/>, at most <see cref="Max"/> (0 to 1).</summary>
public sealed record ExposureLimit(int Driver, double Min = 0, double Max = 1);

/// <summary>What the portfolio as a whole must respect. Drivers are slate indices.</summary>
/// <param name="MinUniqueDrivers">Any two lineups differ by at least this many drivers.</param>
/// <param name="MaxPairLineups">No two drivers appear together in more lineups than this.</param>
public sealed record PortfolioRules(int Lineups, int MinUniqueDrivers = 1, IReadOnlyList<ExposureLimit>? Exposures = null, int? MaxPairLineups = null)
{
    /// <summary>No three drivers appear together in more lineups than this.</summary>
    public int? MaxTrioLineups { get; init; }

    /// <summary>
    /// Lineups (driver masks) the player kept from an earlier build: the portfolio starts with them, unchanged and first,
    /// and they count toward <see cref="Lineups"/>, the exposures and the pair and trio limits; the rest is built around them.
    /// </summary>
    public IReadOnlyList<ulong> Kept { get; init; } = [];

    /// <summary>How many of the kept lineups hold each driver.</summary>
    public int[] KeptCounts(int drivers)
    {
        var counts = new int[drivers];
        foreach (var driver in Kept.SelectMany(LineupSpace.Drivers))
        {
            counts[driver]++;
        }

        return counts;
    }

    /// <summary>Lineups each driver must be in at least / may be in at most, met exactly at the end.</summary>
    public (int[] Least, int[] Most) Counts(int drivers)
    {
        var least = new int[drivers];
        var most = Enumerable.Repeat(Lineups, drivers).ToArray();
        foreach (var limit in Exposures ?? [])
        {
            // A hair of slack so 0.3 x 10 is 3 lineups, not 2 or 4 through floating-point dust.
            least[limit.Driver] = Math.Max(least[limit.Driver], (int)Math.Ceiling((limit.Min * Lineups) - 1e-9));
            most[limit.Driver] = Math.Min(most[limit.Driver], (int)Math.Floor((limit.Max * Lineups) + 1e-9));
        }

        return (least, most);
    }
}
