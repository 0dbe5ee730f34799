using RaceOptimizer.Contracts.Settings;

namespace RaceOptimizer.Api.Settings;

/// <summary>The API's side of the contract's <see cref="JobDefaults"/>: its key in the settings table, its bounds and default, and the check of a `PUT`.</summary>
public static class JobDefaultsRules
{
    public const string Key = "defaults";
    public const int MaxLineups = OptimizeOptions.MaxLineups;
    public const int MaxSimulations = JobLimits.MaxSimulations;

    public static JobDefaults Default { get; } = new(OptimizeOptions.DefaultLineups, JobLimits.DefaultSimulations);

    public static Dictionary<string, string[]> Validate(this JobDefaultsUpdate request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Lineups is null or < 1 or > MaxLineups)
        {
            errors["lineups"] = [$"must be a whole number from 1 to {MaxLineups}"];
        }

        if (request.Simulations is null or < 0 or > MaxSimulations)
        {
            errors["simulations"] = [$"must be a whole number from 0 to {MaxSimulations:N0}"];
        }

        return errors;
    }
}
