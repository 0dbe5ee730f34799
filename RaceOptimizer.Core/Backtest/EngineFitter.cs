using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Backtest;

/// <summary>
/// Fits <see cref="EngineFit"/>: the scales on the hand-set strength pace and grid strength that rank the projected
/// DraftKings points of past races closest to the real ones (<see cref="MeanRankCorrelation"/>), the use a lineup puts
/// the forecast to. Each race is set up as a backtest would (ratings, track factors and strength parameters from races
/// before the fit's season) and simulated with a fixed seed, so that trials differ only by their scales; Nelder-Mead
/// searches the log scales. The first season only warms the ratings up. (The likelihood of the real finishing bands,
/// tried first, moved the scales as far but made the held-out points forecast worse: docs/calibration.md.)
/// </summary>
public sealed class EngineFitter(RaceHistory history, Series series, int simulations)
{
    private const int TrialLimit = 24;
    private const ulong Seed = 2024;

    /// <summary>With fewer scored races the hand values are kept: a handful of races cannot tell two scales apart.</summary>
    private const int FewestRaces = 10;

    private readonly StrengthFit strengthFit = new(history);

    /// <summary>
    /// The fit on the seasons before <paramref name="season"/>, and the model it belongs to (track factors fitted on
    /// the same races); with a season past the history's last, the fit on all of it: what `fit-engine` writes.
    /// </summary>
    public (EngineFit Fit, Season Known) FitBefore(int season, string source)
    {
        var known = Known(season);
        var scored = known.Setups(history, series, race => race.Date.Year > strengthFit.FirstSeason && race.Date.Year < season);
        if (scored.Count < FewestRaces)
        {
            return (EngineFit.None with { Source = source }, known);
        }

        EngineFit Scales(double[] x) => new(source, Math.Exp(x[0]), Math.Exp(x[1]), scored.Count);
        var best = NelderMead.Minimize(x => -MeanRankCorrelation(known.Model.With(Scales(x)), scored), [0, 0], step: 0.3, TrialLimit, tolerance: 1e-5);
        return (Scales(best), known);
    }

    /// <summary>What was known on the first day of <paramref name="season"/>: strength parameters and track factors fitted on the races before it.</summary>
    public Season Known(int season)
    {
        var before = new DateOnly(season, 1, 1);
        var tracks = TrackFitter.Fit(history, FormattableString.Invariant($"races before {season}"), before);
        return new Season(season, new StrengthModel(strengthFit.FitBefore(season)), RaceModel.Default.With(tracks).With(EngineFit.None));
    }

    /// <summary>The rank correlation of each race's projected (mean simulated) DraftKings points with its real ones, mean over the races.</summary>
    public double MeanRankCorrelation(RaceModel model, IReadOnlyList<(HistoryRace Race, RaceSetup Setup)> races)
    {
        ArgumentNullException.ThrowIfNull(races);
        var simulator = new RaceSimulator(model);
        return races.Average(r => ForecastScores.RankCorrelation(
            [.. simulator.Run(r.Setup, new SimulationOptions(simulations, Seed + (ulong)r.Race.Date.DayNumber)).Drivers.Select(d => d.DraftKings.Mean)],
            [.. r.Race.Drivers.Select(d => Backtester.Outcome(d).Points)]));
    }

    /// <summary>A season's first day as the fit sees it: the ratings and the model (without engine scales) built on earlier races.</summary>
    public sealed record Season(int Year, StrengthModel Strengths, RaceModel Model)
    {
        /// <summary>The races of <paramref name="series"/> that <paramref name="scored"/> picks, each set up with this season's ratings.</summary>
        public IReadOnlyList<(HistoryRace Race, RaceSetup Setup)> Setups(RaceHistory history, Series series, Func<HistoryRace, bool> scored) =>
            [.. history.Of(series).Where(scored).Select(race => (race, WalkForward.Setup(race, history, Strengths)))];
    }
}
