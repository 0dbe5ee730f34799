using System.Text.Json;
using System.Text.Json.Serialization;

namespace RaceOptimizer.Api.Jobs.Options;

/// <summary>How a job's options are stored in SQLite (`jobs.config`): the typed record as JSON, read back typed.</summary>
public static class JobOptionsJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(IJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(options, options.GetType(), Json);
    }

    public static IJobOptions Read(JobType type, string json) => type switch
    {
        JobType.Simulate => JsonSerializer.Deserialize<SimulateOptions>(json, Json)!,
        JobType.Optimize => JsonSerializer.Deserialize<OptimizeOptions>(json, Json)!,
        JobType.Backtest => JsonSerializer.Deserialize<BacktestJobOptions>(json, Json)!,
        _ => throw new InvalidOperationException($"'{type}' jobs have no options this version can read."),
    };
}
