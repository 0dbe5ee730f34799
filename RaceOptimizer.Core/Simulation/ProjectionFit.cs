using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Moves the simulated fantasy-point means of the drivers a user projected to his projections, by changing their
/// strengths: the race itself still decides who leads, crashes and passes, so correlations between drivers, laps led
/// and fastest laps included, stay those of a real race. A projection does not replace the simulation; it steers it.
/// <para>
/// Each round simulates a pilot run (same seed every round, so rounds differ only by the strengths) and moves each
/// projected driver's strength: by his miss over the field's slope (points per unit of strength, cross-sectional)
/// until a strength short of his target and one past it are known, then inside that bracket. Drivers without a
/// projection keep their strength.
/// </para>
/// <para>
/// Tolerance: after the fit a reachable projection is met within <see cref="Tolerance"/> points or
/// <see cref="RelativeTolerance"/> of it, whichever is larger, on the pilot; the job's own run differs from the pilot
/// by the pilot's sampling error, about half a point. A projection no strength reaches (more points than winning from the
/// pole pays) is reported unreached, with the closest mean.
/// </para>
/// </summary>
public sealed class ProjectionFit(RaceSimulator simulator)
{
    /// <summary>
    /// Races per pilot run: a driver's mean to within about half a point, and every round runs on the same races, so
    /// rounds compare strengths, not luck; a dozen rounds stay under a second on two cores.
    /// </summary>
    public const int PilotSimulations = 1_000;

    public const int MostRounds = 12;

    public const double Tolerance = 1.0;

    public const double RelativeTolerance = 0.03;

    /// <summary>Strengths stay within this many standard deviations of mid-field: beyond it the race cannot tell them apart.</summary>
    public const double StrengthLimit = 4;

    // A round moves a strength at most this far, so one noisy slope cannot throw a driver across the field.
    private const double LargestStep = 1;

    public static ProjectionFit Default { get; } = new(RaceSimulator.Default);

    /// <param name="projections">Projected points on <paramref name="site"/>'s scoring, in the setup's driver order; null for a driver not projected.</param>
    /// <param name="historyWeight">
    /// How much of each target is the simulation's own mean before the fit (1: projections ignored, 0: the projection
    /// alone). Both sides are points, so nothing mixes scales.
    /// </param>
    /// <param name="pilots">Races per pilot run; <see cref="PilotSimulations"/> by default. A job asking for fewer races
    /// than that fits on as many as it asked for: the fit should not cost more than the run it steers.</param>
    public ProjectionFitResult Fit(RaceSetup setup, Site site, IReadOnlyList<double?> projections, double historyWeight, ulong seed, CancellationToken cancellationToken = default, int pilots = PilotSimulations)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(projections);
        ArgumentOutOfRangeException.ThrowIfNotEqual(projections.Count, setup.Drivers.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(historyWeight, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(historyWeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pilots, 1);
        using var activity = CoreTelemetry.Source.StartActivity("fit projections");
        var strengths = setup.Drivers.Select(d => d.Strength).ToArray();
        var means = Means(setup, site, seed, pilots, cancellationToken);
        var targets = projections.Select((p, i) => p is { } points ? (historyWeight * means[i]) + ((1 - historyWeight) * points) : (double?)null).ToArray();
        var fieldSlope = FieldSlope(strengths, means);
        var (below, above) = (new (double Strength, double Mean)?[strengths.Length], new (double Strength, double Mean)?[strengths.Length]);
        var rounds = 0;
        while (rounds < MostRounds && Misses(targets, means).Any(miss => miss is { } m && Math.Abs(m.Points) > m.Allowed))
        {
            rounds++;
            var next = (double[])strengths.Clone();
            for (var i = 0; i < next.Length; i++)
            {
                if (targets[i] is not { } target)
                {
                    continue;
                }

                // The latest strength that fell short of the target and the latest that passed it bracket the answer.
                if (means[i] < target)
                {
                    below[i] = (strengths[i], means[i]);
                }
                else
                {
                    above[i] = (strengths[i], means[i]);
                }

                next[i] = (below[i], above[i]) switch
                {
                    ({ } low, { } high) => Between(low, high, target),
                    _ => Math.Clamp(strengths[i] + Math.Clamp((target - means[i]) / fieldSlope, -LargestStep, LargestStep), -StrengthLimit, StrengthLimit),
                };
            }

            strengths = next;
            means = Means(setup.WithStrengths(strengths), site, seed, pilots, cancellationToken);
        }

        var drivers = Misses(targets, means)
            .Select((miss, i) => miss is { } m ? new ProjectedMean(setup.Drivers[i].Name, projections[i]!.Value, targets[i]!.Value, means[i], Math.Abs(m.Points) <= m.Allowed) : null)
            .OfType<ProjectedMean>()
            .ToList();
        activity?.SetTag("raceoptimizer.projection.rounds", rounds);
        return new ProjectionFitResult(setup.WithStrengths(strengths), drivers, rounds);
    }

    /// <summary>The points a target misses by, and the miss allowed; null for a driver with no target.</summary>
    private static IEnumerable<(double Points, double Allowed)?> Misses(double?[] targets, double[] means) =>
        targets.Select((target, i) => target is { } t ? (t - means[i], Math.Max(Tolerance, RelativeTolerance * Math.Abs(t))) : ((double, double)?)null);

    /// <summary>
    /// One pilot run, on one thread: the fit runs beside other jobs, and spread over every core its rounds kept the thread
    /// pool so busy that running jobs' lease heartbeats came late and their leases expired.
    /// </summary>
    private double[] Means(RaceSetup setup, Site site, ulong seed, int pilots, CancellationToken cancellationToken)
    {
        var result = simulator.RunUntraced(setup, new SimulationOptions(pilots, seed) { MaxDegreeOfParallelism = 1 }, null, cancellationToken);
        return [.. result.Drivers.Select(d => site == Site.DraftKings ? d.DraftKings.Mean : d.FanDuel.Mean)];
    }

    /// <summary>Least-squares slope of the field's means on its strengths; at least a point per unit, as a race pays.</summary>
    private static double FieldSlope(double[] strengths, double[] means)
    {
        var (x, y) = (strengths.Average(), means.Average());
        var spread = strengths.Sum(s => (s - x) * (s - x));
        var slope = spread > 1e-9 ? strengths.Select((s, i) => (s - x) * (means[i] - y)).Sum() / spread : 0;
        return Math.Max(1, slope);
    }

    /// <summary>
    /// Halfway between the secant's guess and the bracket's middle: the secant alone converges fast while the driver's
    /// curve holds still, but every projected driver moves at once and shifts the others' curves; the midpoint keeps
    /// each round shrinking the bracket whatever the others do.
    /// </summary>
    private static double Between((double Strength, double Mean) low, (double Strength, double Mean) high, double target)
    {
        var secant = high.Mean > low.Mean ? low.Strength + ((target - low.Mean) * (high.Strength - low.Strength) / (high.Mean - low.Mean)) : (low.Strength + high.Strength) / 2;
        var inside = Math.Clamp(secant, Math.Min(low.Strength, high.Strength), Math.Max(low.Strength, high.Strength));
        return (inside + ((low.Strength + high.Strength) / 2)) / 2;
    }
}

/// <summary>What the projection fit did to one projected driver.</summary>
/// <param name="Target">What the simulation aimed at: the projection, blended with the simulation's own mean by the job's history weight.</param>
/// <param name="Simulated">The pilot run's mean after the fit.</param>
/// <param name="Reached">True when <paramref name="Simulated"/> is within the fit's tolerance of <paramref name="Target"/>.</param>
public sealed record ProjectedMean(string Driver, double Projection, double Target, double Simulated, bool Reached);

/// <param name="Setup">The race with the fitted strengths.</param>
/// <param name="Rounds">Pilot rounds it took after the first run.</param>
public sealed record ProjectionFitResult(RaceSetup Setup, IReadOnlyList<ProjectedMean> Drivers, int Rounds);
