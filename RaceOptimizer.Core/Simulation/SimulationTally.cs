using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// One worker's running totals over the races it simulated. Every total is an integer, so merging the workers' tallies
/// gives the same summary in any order: the same seed gives the same result whatever the thread count.
/// </summary>
internal sealed class SimulationTally
{
    private readonly int drivers;
    private readonly PointsHistogram draftKings;
    private readonly PointsHistogram fanDuel;
    private readonly int[] wins;
    private readonly int[] top5;
    private readonly int[] top10;
    private readonly int[] notFinishing;
    private readonly long[] finishes;

    // Races per driver and finishing position, driver-major: finishingCounts[driver * drivers + finish - 1].
    private readonly int[] finishingCounts;
    private readonly long[] lapsLed;
    private readonly long[] fastestLaps;
    private long laps;
    private long cautions;

    public SimulationTally(RaceInputs input)
    {
        drivers = input.Drivers;
        draftKings = new PointsHistogram(input.DraftKings, drivers, input.MaxLaps);
        fanDuel = new PointsHistogram(input.FanDuel, drivers, input.MaxLaps);
        (wins, top5, top10, notFinishing) = (new int[drivers], new int[drivers], new int[drivers], new int[drivers]);
        (finishes, lapsLed, fastestLaps) = (new long[drivers], new long[drivers], new long[drivers]);
        finishingCounts = new int[drivers * drivers];
    }

    public void Add(RaceOutcome race)
    {
        draftKings.Add(race.DraftKings);
        fanDuel.Add(race.FanDuel);
        for (var driver = 0; driver < drivers; driver++)
        {
            var finish = race.Finish[driver];
            wins[driver] += finish == 1 ? 1 : 0;
            top5[driver] += finish <= 5 ? 1 : 0;
            top10[driver] += finish <= 10 ? 1 : 0;
            notFinishing[driver] += race.Status[driver] == FinishStatus.Running ? 0 : 1;
            finishes[driver] += finish;
            finishingCounts[(driver * drivers) + finish - 1]++;
            lapsLed[driver] += race.LapsLed[driver];
            fastestLaps[driver] += race.FastestLaps[driver];
        }

        laps += race.Laps;
        cautions += race.Cautions;
    }

    public void Merge(SimulationTally other)
    {
        draftKings.Merge(other.draftKings);
        fanDuel.Merge(other.fanDuel);
        for (var driver = 0; driver < drivers; driver++)
        {
            wins[driver] += other.wins[driver];
            top5[driver] += other.top5[driver];
            top10[driver] += other.top10[driver];
            notFinishing[driver] += other.notFinishing[driver];
            finishes[driver] += other.finishes[driver];
            lapsLed[driver] += other.lapsLed[driver];
            fastestLaps[driver] += other.fastestLaps[driver];
        }

        for (var i = 0; i < finishingCounts.Length; i++)
        {
            finishingCounts[i] += other.finishingCounts[i];
        }

        laps += other.laps;
        cautions += other.cautions;
    }

    public SimulationResult Result(RaceSetup setup, SimulationOptions options, PointsMatrix? draftKingsMatrix, PointsMatrix? fanDuelMatrix)
    {
        double runs = options.Simulations;
        var summaries = new DriverSummary[drivers];
        for (var d = 0; d < drivers; d++)
        {
            summaries[d] = new DriverSummary(
                setup.Drivers[d].Name,
                draftKings.Distribution(d, options.Simulations),
                fanDuel.Distribution(d, options.Simulations),
                wins[d] / runs,
                top5[d] / runs,
                top10[d] / runs,
                finishes[d] / runs,
                lapsLed[d] / runs,
                fastestLaps[d] / runs,
                notFinishing[d] / runs,
                new FinishingOdds([.. Enumerable.Range(d * drivers, drivers).Select(i => finishingCounts[i] / runs)]));
        }

        return new SimulationResult(summaries, options.Simulations, options.Seed, setup.DrawsStarts, laps / runs, cautions / runs, draftKingsMatrix, fanDuelMatrix);
    }
}
