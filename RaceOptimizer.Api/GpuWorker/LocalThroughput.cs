using System.Diagnostics;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// This process's CPU speed on Core's <see cref="ReferenceRace"/>, with every core, as a local job runs: timed once per
/// process, at the first offload decision (a fraction of a second; a process that never offloads never pays it).
/// </summary>
public sealed class LocalThroughput
{
    private readonly Lazy<double> racesPerSecond = new(Time);

    public double RacesPerSecond => racesPerSecond.Value;

    /// <summary>Timed outside the job whose decision asked for it: the reference races are no part of that job's trace.</summary>
    private static double Time()
    {
        var job = Activity.Current;
        Activity.Current = null;
        try
        {
            return ReferenceRace.RacesPerSecond(options =>
                RaceSimulator.Default.Run(ReferenceRace.Setup, options with { MaxDegreeOfParallelism = Environment.ProcessorCount }));
        }
        finally
        {
            Activity.Current = job;
        }
    }
}
