namespace RaceOptimizer.Api.Settings;

/// <summary>What a new job starts with in the UI: lineups to build and races to simulate.</summary>
public sealed record JobDefaults(int Lineups, int Simulations)
{
    public const string Key = "defaults";
    public const int MaxLineups = Jobs.Handlers.OptimizeOptions.MaxLineups;
    public const int MaxSimulations = Core.SimulationLimits.MaxSimulations;

    public static JobDefaults Default { get; } = new(Jobs.Handlers.OptimizeOptions.DefaultLineups, Core.SimulationLimits.DefaultSimulations);
}

/// <summary>The body of `PUT /api/settings/defaults`.</summary>
public sealed record JobDefaultsRequest(int? Lineups, int? Simulations)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Lineups is null or < 1 or > JobDefaults.MaxLineups)
        {
            errors["lineups"] = [$"must be a whole number from 1 to {JobDefaults.MaxLineups}"];
        }

        if (Simulations is null or < 0 or > JobDefaults.MaxSimulations)
        {
            errors["simulations"] = [$"must be a whole number from 0 to {JobDefaults.MaxSimulations:N0}"];
        }

        return errors;
    }
}
