using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>Real and simulated shares of starters not running at the finish at one track (as one type), over its races.</summary>
/// <param name="RealLowest">The lowest share of starters out in one real race there.</param>
/// <param name="RealHighest">The highest.</param>
/// <param name="SimulatedStandardError">Sampling error of <see cref="Simulated"/>: the spread of the simulated races' shares over the root of their number.</param>
public sealed record TrackOuts(
    string Track,
    TrackType TrackType,
    int Races,
    double RealAccident,
    double RealMechanical,
    double RealLowest,
    double RealHighest,
    double SimulatedAccident,
    double SimulatedMechanical,
    double SimulatedStandardError)
{
    public double Real => RealAccident + RealMechanical;

    public double Simulated => SimulatedAccident + SimulatedMechanical;

    /// <summary>
    /// Simulates each race several times at its own track, with its real field size, grid and length (the winner's
    /// laps), and compares the shares of cars out, per track. Strengths are each driver's performance score in that very
    /// race: pace barely moves who crashes or breaks, and the check is about the track's rates, not the ratings.
    /// </summary>
    public static IReadOnlyList<TrackOuts> Compare(RaceSimulator simulator, IReadOnlyList<HistoryRace> races, int simulationsPerRace, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(races);
        var simulated = new (double Accident, double Mechanical)[races.Count][];
        Parallel.For(0, races.Count, Parallelism.Bounded(), i =>
        {
            var race = races[i];
            var setup = new RaceSetup(race.Series, race.TrackType, race.Laps, [.. race.Drivers.Select(d => new RaceEntrant(d.Result.Driver, d.Performance, d.Result.Start))], race.Track);
            simulated[i] = [.. Enumerable.Range(0, simulationsPerRace).Select(s => Shares(simulator.Simulate(setup, seed + (ulong)i, s).Drivers.Select(d => d.Status)))];
        });

        return [.. races.Select((race, i) => (Race: race, Real: Shares(race.Drivers.Select(d => d.Status)), Simulated: simulated[i]))
            .GroupBy(r => (r.Race.Track, r.Race.TrackType))
            .Select(g =>
            {
                var sims = g.SelectMany(r => r.Simulated).Select(s => s.Accident + s.Mechanical).ToList();
                var mean = sims.Average();
                var spread = Math.Sqrt(sims.Sum(s => (s - mean) * (s - mean)) / Math.Max(1, sims.Count - 1));
                return new TrackOuts(
                    g.Key.Track,
                    g.Key.TrackType,
                    g.Count(),
                    g.Average(r => r.Real.Accident),
                    g.Average(r => r.Real.Mechanical),
                    g.Min(r => r.Real.Accident + r.Real.Mechanical),
                    g.Max(r => r.Real.Accident + r.Real.Mechanical),
                    g.SelectMany(r => r.Simulated).Average(s => s.Accident),
                    g.SelectMany(r => r.Simulated).Average(s => s.Mechanical),
                    spread / Math.Sqrt(sims.Count));
            })
            .OrderByDescending(t => t.Races).ThenBy(t => t.Track, StringComparer.Ordinal)];
    }

    private static (double Accident, double Mechanical) Shares(IEnumerable<FinishStatus> statuses)
    {
        var all = statuses.ToList();
        return (all.Count(s => s == FinishStatus.Accident) / (double)all.Count, all.Count(s => s == FinishStatus.Mechanical) / (double)all.Count);
    }
}
