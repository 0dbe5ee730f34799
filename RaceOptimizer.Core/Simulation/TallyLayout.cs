using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// A simulation tally's rules: where each total lives in two flat arrays, counts of races (int) and sums (long), and
/// what one race adds to them. Written once for both places a race is tallied: <see cref="SimulationTally"/> on the
/// CPU, and a GPU kernel that tallies races where they ran. A plain value, so it can be a kernel parameter.
/// </summary>
internal readonly struct TallyLayout
{
    // Counts: wins, top 5, top 10 and not finishing, a block of drivers each; then races per driver and finishing
    // position (driver-major); then each site's histogram, a row of bins per driver.
    private const int WinsAt = 0, Top5At = 1, Top10At = 2, NotFinishingAt = 3, CountBlocks = 4;

    // Sums: a block of drivers each, then the race's laps and cautions.
    private const int FinishesAt = 0, LapsLedAt = 1, FastestLapsAt = 2, DraftKingsSumAt = 3, FanDuelSumAt = 4, SumBlocks = 5;

    private readonly int finishingAt, draftKingsBinsAt, fanDuelBinsAt;

    public TallyLayout(RaceInputs input)
    {
        Drivers = input.Drivers;
        DraftKings = new PointsHistogram(input.DraftKings, Drivers, input.MaxLaps);
        FanDuel = new PointsHistogram(input.FanDuel, Drivers, input.MaxLaps);
        finishingAt = CountBlocks * Drivers;
        draftKingsBinsAt = finishingAt + (Drivers * Drivers);
        fanDuelBinsAt = draftKingsBinsAt + (Drivers * DraftKings.Bins);
        Counts = fanDuelBinsAt + (Drivers * FanDuel.Bins);
        Sums = (SumBlocks * Drivers) + 2;
    }

    public int Drivers { get; }

    public PointsHistogram DraftKings { get; }

    public PointsHistogram FanDuel { get; }

    /// <summary>Length of the counts array.</summary>
    public int Counts { get; }

    /// <summary>Length of the sums array.</summary>
    public int Sums { get; }

    public int Laps => SumBlocks * Drivers;

    public int Cautions => Laps + 1;

    public int Wins(int driver) => (WinsAt * Drivers) + driver;

    public int Top5(int driver) => (Top5At * Drivers) + driver;

    public int Top10(int driver) => (Top10At * Drivers) + driver;

    public int NotFinishing(int driver) => (NotFinishingAt * Drivers) + driver;

    public int Finishing(int driver, int finish) => finishingAt + (driver * Drivers) + finish - 1;

    public int DraftKingsBin(int driver, int bin) => draftKingsBinsAt + (driver * DraftKings.Bins) + bin;

    public int FanDuelBin(int driver, int bin) => fanDuelBinsAt + (driver * FanDuel.Bins) + bin;

    public int Finishes(int driver) => (FinishesAt * Drivers) + driver;

    public int LapsLed(int driver) => (LapsLedAt * Drivers) + driver;

    public int FastestLaps(int driver) => (FastestLapsAt * Drivers) + driver;

    public int DraftKingsSum(int driver) => (DraftKingsSumAt * Drivers) + driver;

    public int FanDuelSum(int driver) => (FanDuelSumAt * Drivers) + driver;

    /// <summary>What one driver's race adds; points in hundredths.</summary>
    public void AddDriver<TTotals>(ref TTotals totals, int driver, int finish, FinishStatus status, int lapsLed, int fastestLaps, int draftKings, int fanDuel)
        where TTotals : struct, ITallyTotals
    {
        // Only counts that grow are touched: on a GPU each one is an atomic.
        if (finish == 1)
        {
            totals.Count(Wins(driver));
        }

        if (finish <= 5)
        {
            totals.Count(Top5(driver));
        }

        if (finish <= 10)
        {
            totals.Count(Top10(driver));
        }

        if (status != FinishStatus.Running)
        {
            totals.Count(NotFinishing(driver));
        }

        totals.Count(Finishing(driver, finish));
        totals.Count(DraftKingsBin(driver, DraftKings.Bin(draftKings)));
        totals.Count(FanDuelBin(driver, FanDuel.Bin(fanDuel)));
        totals.Add(Finishes(driver), finish);
        totals.Add(LapsLed(driver), lapsLed);
        totals.Add(FastestLaps(driver), fastestLaps);
        totals.Add(DraftKingsSum(driver), draftKings);
        totals.Add(FanDuelSum(driver), fanDuel);
    }

    /// <summary>What the race as a whole adds, once per race.</summary>
    public void AddRace<TTotals>(ref TTotals totals, int laps, int cautions)
        where TTotals : struct, ITallyTotals
    {
        totals.Add(Laps, laps);
        totals.Add(Cautions, cautions);
    }
}
