namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Running totals over simulated races, laid out and added by <see cref="TallyLayout"/>: one per CPU worker, or the
/// totals a GPU kernel added on the device, copied back once. Every total is an integer, so merging tallies gives the
/// same summary in any order: the same seed gives the same result whatever the thread count or the device.
/// </summary>
internal sealed class SimulationTally
{
    private readonly TallyLayout layout;
    private readonly int[] counts;
    private readonly long[] sums;

    public SimulationTally(RaceInputs input)
        : this(new TallyLayout(input))
    {
    }

    public SimulationTally(TallyLayout layout)
        : this(layout, new int[layout.Counts], new long[layout.Sums])
    {
    }

    /// <summary>A tally of totals added elsewhere (on a device) in <paramref name="layout"/>.</summary>
    public SimulationTally(TallyLayout layout, int[] counts, long[] sums)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, layout.Counts);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sums.Length, layout.Sums);
        (this.layout, this.counts, this.sums) = (layout, counts, sums);
    }

    public void Add(RaceOutcome race)
    {
        var totals = new Totals(counts, sums);
        for (var driver = 0; driver < layout.Drivers; driver++)
        {
            layout.AddDriver(
                ref totals, driver, race.Finish[driver], race.Status[driver], race.LapsLed[driver], race.FastestLaps[driver], race.DraftKings[driver], race.FanDuel[driver]);
        }

        layout.AddRace(ref totals, race.Laps, race.Cautions);
    }

    public void Merge(SimulationTally other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] += other.sums[i];
        }
    }

    /// <summary>These totals as the shard of <paramref name="races"/>, with the races' matrices when kept.</summary>
    public RaceShard ToShard(RaceRange races, PointsMatrix? draftKings, PointsMatrix? fanDuel) => new(races, counts, sums, draftKings, fanDuel);

    public SimulationResult Result(RaceSetup setup, SimulationOptions options, PointsMatrix? draftKingsMatrix, PointsMatrix? fanDuelMatrix)
    {
        double runs = options.Simulations;
        var drivers = layout.Drivers;
        var summaries = new DriverSummary[drivers];
        for (var d = 0; d < drivers; d++)
        {
            summaries[d] = new DriverSummary(
                setup.Drivers[d].Name,
                layout.DraftKings.Distribution(counts.AsSpan(layout.DraftKingsBin(d, 0), layout.DraftKings.Bins), sums[layout.DraftKingsSum(d)], options.Simulations),
                layout.FanDuel.Distribution(counts.AsSpan(layout.FanDuelBin(d, 0), layout.FanDuel.Bins), sums[layout.FanDuelSum(d)], options.Simulations),
                counts[layout.Wins(d)] / runs,
                counts[layout.Top5(d)] / runs,
                counts[layout.Top10(d)] / runs,
                sums[layout.Finishes(d)] / runs,
                sums[layout.LapsLed(d)] / runs,
                sums[layout.FastestLaps(d)] / runs,
                counts[layout.NotFinishing(d)] / runs,
                new FinishingOdds([.. Enumerable.Range(1, drivers).Select(finish => counts[layout.Finishing(d, finish)] / runs)]));
        }

        return new SimulationResult(
            summaries, options.Simulations, options.Seed, setup.DrawsStarts, sums[layout.Laps] / runs, sums[layout.Cautions] / runs, draftKingsMatrix, fanDuelMatrix);
    }

    /// <summary>The CPU's totals: one worker's own arrays, so plain adds.</summary>
    private readonly struct Totals(int[] counts, long[] sums) : ITallyTotals
    {
        public void Count(int index) => counts[index]++;

        public void Add(int index, long amount) => sums[index] += amount;
    }
}
