using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>What an optimize job's options mean in Core's terms: the objective, and the races the job simulates itself.</summary>
internal static class OptimizeOptionsModel
{
    extension(OptimizeOptions options)
    {
        public ObjectiveKind Kind => Enum.TryParse<ObjectiveKind>(options.Objective, ignoreCase: true, out var kind) ? kind : ObjectiveKind.Mean;

        public Objective ObjectiveOf => new(options.Kind, options.Percentile, options.Alpha, options.Target);

        /// <summary>The simulation job whose kept points are reused; blank is none.</summary>
        public string? PointsJobId => string.IsNullOrWhiteSpace(options.SimulationJobId) ? null : options.SimulationJobId.Trim();

        /// <summary>Races the job simulates itself (0: none): those given, else none for `mean` or kept points, else the simulate default.</summary>
        public int RacesToSimulate => options.Simulations ?? (options.Kind == ObjectiveKind.Mean || options.PointsJobId is not null ? 0 : JobLimits.DefaultSimulations);

        /// <summary>How the job's own races are simulated.</summary>
        public SimulateOptions Simulation => new() { Simulations = Math.Max(1, options.RacesToSimulate), Seed = options.Seed, Laps = options.Laps, HistoryWeight = options.HistoryWeight };

        public bool UsesSimulations => options.RacesToSimulate > 0 || options.PointsJobId is not null;

        /// <summary>The checks that need the slate: player ids, the site, contradicting constraints (<see cref="OptimizePlan"/>).</summary>
        public IDictionary<string, string[]> ValidateForSlate(Slate slate) => OptimizePlan.Bind(options, slate).Errors;
    }
}
