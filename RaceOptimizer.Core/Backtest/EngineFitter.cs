using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// Fits <see cref="EngineFit"/>: per track type, the scales on the hand-set strength pace and grid strength that make
/// the simulated finishing orders of past races likeliest. Each race is set up as a backtest would (ratings, track
/// factors and strength parameters from races before the fit's season), simulated with a fixed seed so that trials
/// differ only by their scales, and scored by <see cref="FinishLikelihood"/>; Nelder-Mead searches the log scales of
/// each type apart (a type's races depend on its scales alone). The first season only warms the ratings up.
/// </summary>
public sealed class EngineFitter(RaceHistory history, Series series, int simulations)
{
    private const int TrialLimit = 24;
    private const ulong Seed = 2024;

    /// <summary>A type with fewer scored races keeps its hand values: a handful of races cannot tell two scales apart.</summary>
    private const int FewestRaces = 10;

    private readonly StrengthFit strengthFit = new(history);

    /// <summary>
    /// The fit on the seasons before <paramref name="season"/>, and the model it belongs to (track factors fitted on
    /// the same races); with a season past the history's last, the fit on all of it: the committed one.
    /// </summary>
    public (EngineFit Fit, Season Known) FitBefore(int season, string source)
    {
        var known = Known(season);
        var scored = known.Setups(history, series, race => race.Date.Year > strengthFit.FirstSeason && race.Date.Year < season);
        var scales = scored.GroupBy(r => r.Race.TrackType).Where(g => g.Count() >= FewestRaces).OrderBy(g => g.Key)
            .Select(g => Fit(known.Model, g.Key, [.. g]))
            .ToList();
        return (new EngineFit(source, scales), known);
    }

    /// <summary>What was known on the first day of <paramref name="season"/>: strength parameters and track factors fitted on the races before it.</summary>
    public Season Known(int season)
    {
        var before = new DateOnly(season, 1, 1);
        var tracks = TrackFitter.Fit(history, FormattableString.Invariant($"races before {season}"), before);
        return new Season(season, new StrengthModel(strengthFit.FitBefore(season)), RaceModel.Default.With(tracks).With(EngineFit.None));
    }

    /// <summary>Mean <see cref="FinishLikelihood"/> over the races, simulated with <paramref name="model"/>.</summary>
    public double MeanLikelihood(RaceModel model, IReadOnlyList<(HistoryRace Race, RaceSetup Setup)> races)
    {
        ArgumentNullException.ThrowIfNull(races);
        var simulator = new RaceSimulator(model);
        return races.Average(r => FinishLikelihood(
            simulator.Run(r.Setup, new SimulationOptions(simulations, Seed + (ulong)r.Race.Date.DayNumber)),
            r.Race,
            1.0 / (10.0 * simulations)));
    }

    /// <summary>
    /// The mean log-probability, over a race's drivers, of the finishing band each driver really fell in (won, 2nd to
    /// 5th, 6th to 10th, behind): the real finishing order coarsened to what the simulation tallies. Probabilities are
    /// floored, as a band no simulation reached would otherwise score minus infinity.
    /// </summary>
    public static double FinishLikelihood(SimulationResult result, HistoryRace race, double floor)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(race);
        return result.Drivers.Zip(race.Drivers).Average(p => Math.Log(Math.Max(floor, p.Second.Result.Finish switch
        {
            1 => p.First.Win,
            <= 5 => p.First.Top5 - p.First.Win,
            <= 10 => p.First.Top10 - p.First.Top5,
            _ => 1 - p.First.Top10,
        })));
    }

    private StrengthScale Fit(RaceModel model, TrackType trackType, IReadOnlyList<(HistoryRace Race, RaceSetup Setup)> races)
    {
        // The grid scale means nothing where the hand value is 0 (superspeedways): only the pace scale is searched there.
        var gridFitted = model.For(trackType).GridStrength != 0;
        StrengthScale Scale(double[] x) => new(trackType, Math.Exp(x[0]), gridFitted ? Math.Exp(x[1]) : 1, races.Count);
        var best = NelderMead.Minimize(
            x => -MeanLikelihood(model.With(new EngineFit("trial", [Scale(x)])), races),
            gridFitted ? [0, 0] : [0],
            step: 0.3,
            TrialLimit,
            tolerance: 1e-5);
        return Scale(best);
    }

    /// <summary>A season's first day as the fit sees it: the ratings and the model (without engine scales) built on earlier races.</summary>
    public sealed record Season(int Year, StrengthModel Strengths, RaceModel Model)
    {
        /// <summary>The races of <paramref name="series"/> that <paramref name="scored"/> picks, each set up with this season's ratings.</summary>
        public IReadOnlyList<(HistoryRace Race, RaceSetup Setup)> Setups(RaceHistory history, Series series, Func<HistoryRace, bool> scored) =>
            [.. history.Of(series).Where(scored).Select(race => (race, WalkForward.Setup(race, history, Strengths)))];
    }
}
