using System.Text.Json;
using System.Text.Json.Serialization;
using RaceOptimizer.Api.Jobs.Handlers;

namespace RaceOptimizer.Api.Jobs.Options;

/// <summary>The typed options of one job type: defaults and limits declared on its properties (<see cref="OptionRuleAttribute"/>).</summary>
public interface IJobOptions;

/// <summary>Options with checks that need the job's slate (player ids, contradicting constraints); run once, at submission.</summary>
public interface ISlateJobOptions : IJobOptions
{
    IDictionary<string, string[]> ValidateForSlate(Core.Slates.Slate slate);
}

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
