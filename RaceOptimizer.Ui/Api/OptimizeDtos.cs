using System.Text.Json.Serialization;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Jobs.Options;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// What the optimizer maximizes: the names the form offers and presets hold (the API compares them without case
/// against <see cref="OptimizeOptions.Objective"/>'s).
/// </summary>
public static class Objectives
{
    public const string Mean = "mean";
    public const string Percentile = "percentile";
    public const string Tail = "tail";
    public const string Cvar = "cvar";
    public const string Roi = "roi";

    public static readonly string[] All = [Mean, Percentile, Tail, Cvar, Roi];

    public static string Describe(string objective) => objective switch
    {
        Mean => "Mean points (cash games)",
        Percentile => "Points at a percentile",
        Tail => "Chance to beat a target",
        Cvar => "Mean of the best outcomes (CVaR)",
        Roi => "Simulated contest ROI",
        _ => objective,
    };
}

/// <summary>Reads a job's `result` into the type's record; lenient, since results grow new fields over time.</summary>
public static class JobResults
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static T? Read<T>(JobView job) where T : class
    {
        if (job.Result is not { ValueKind: System.Text.Json.JsonValueKind.Object } result)
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(result, Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
