using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Optimization.Portfolios;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Optimization;

/// <summary>The contest a portfolio is built for: its payouts and how large a sample of the field stands for it.</summary>
public sealed record ContestSettings(PayoutStructure Payouts, int FieldSize, FieldModel? Field = null)
{
    public const int DefaultFieldSize = 1_000;

    /// <summary>A 10,000-entry $5 top-heavy tournament: what "the field" means when no contest is named.</summary>
    public static ContestSettings DefaultTournament { get; } = new(PayoutStructure.Preset(ContestPreset.TopHeavy, 10_000, 5), DefaultFieldSize);
}

/// <summary>One optimization: a slate, what to maximize, the rules, and the simulations when the objective needs them.</summary>
/// <param name="Simulations">Simulated points of the slate's drivers under its site's scoring, columns in slate order.</param>
/// <param name="CandidatePool">For <see cref="ObjectiveKind.Roi"/>: how many lineups (the best by mean and by top-1%
/// chance, half each) are valued against the field.</param>
public sealed record OptimizeRequest(
    Slate Slate,
    Objective Objective,
    PortfolioRules Portfolio,
    LineupRules? Lineups = null,
    SimulatedPoints? Simulations = null,
    ContestSettings? Contest = null,
    ulong Seed = 0,
    int CandidatePool = OptimizeRequest.DefaultCandidatePool)
{
    public const int DefaultCandidatePool = Contracts.Jobs.JobLimits.DefaultCandidatePool;

    /// <summary>Where simulation objectives score every lineup (the GPU worker); null scores them here, walking the space.</summary>
    public ILineupScorer? Scorer { get; init; }

    /// <summary>
    /// Fresh simulated points of the same model under another seed (<see cref="HoldoutSeed"/>): the chosen portfolio is
    /// valued again on them against a freshly drawn field, since the races that chose it flatter it. Null: in sample only.
    /// </summary>
    public SimulatedPoints? Holdout { get; init; }

    /// <summary>Told each step, and each lineup built, so the one waiting sees real work counted; null tells no one.</summary>
    public IProgress<OptimizeProgress>? Progress { get; init; }

    /// <summary>The seed of the fresh races and field that value a portfolio out of sample, apart from the seed that chose it.</summary>
    public static ulong HoldoutSeed(ulong seed) => unchecked(seed + 0x9E3779B97F4A7C15UL);

    public LineupRules LineupRules => Lineups ?? LineupRules.None;

    /// <summary>Whether the portfolio is paid in a contest (ROI, cash and top-1% rates): a contest was named, or ROI is the objective.</summary>
    public bool ValuesContest => Contest is not null || Objective.Kind == ObjectiveKind.Roi;
}
