using System.ComponentModel.DataAnnotations;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Options;

/// <summary>
/// The cross-field rules of the shared option records that need Core (payout tables, series names, objectives), which
/// the BCL-only contracts cannot see; <see cref="OptionValidation"/> runs them on each record, member names being JSON names.
/// </summary>
internal static class CoreOptionChecks
{
    public static IEnumerable<ValidationResult> Validate(object options) => options switch
    {
        ContestOption contest => Contest(contest),
        OptimizeOptions optimize => Optimize(optimize),
        BacktestJobOptions backtest => Backtest(backtest),
        _ => [],
    };

    private static IEnumerable<ValidationResult> Contest(ContestOption contest)
    {
        var (_, problem) = contest.ReadCsv();
        if (problem is not null)
        {
            yield return new ValidationResult(problem, ["payoutsCsv"]);
        }

        var tiers = contest.Tiers();
        if (tiers.Count > 0 && PayoutStructure.Problem(contest.Entries, contest.EntryFee, tiers) is { } structure)
        {
            yield return new ValidationResult(structure, ["payouts"]);
        }
    }

    private static IEnumerable<ValidationResult> Optimize(OptimizeOptions optimize)
    {
        if (optimize.ObjectiveOf.NeedsSimulations && optimize.RacesToSimulate == 0 && optimize.PointsJobId is null)
        {
            yield return new ValidationResult(
                $"the {optimize.Kind.ToString().ToLowerInvariant()} objective needs simulations: give a number above 0 or a simulationJobId", ["simulations"]);
        }
    }

    private static IEnumerable<ValidationResult> Backtest(BacktestJobOptions backtest)
    {
        if (backtest.Series is not null && !SeriesNames.TryParse(backtest.Series, out _))
        {
            yield return new ValidationResult(BacktestJobOptions.SeriesExpected, ["series"]);
        }
    }
}
