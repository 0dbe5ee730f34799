using System.Text.Json.Serialization;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Jobs.Options;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The body of `POST /api/jobs`: the type, a name, the slate where the type needs one, and the type's options
/// under a key named after the type, e.g. `{"type":"simulate","slateId":"...","simulate":{"simulations":10000}}`.
/// Bound by <see cref="JobRequestBinder"/>: the options come typed, a value of the wrong JSON type as a field error.
/// </summary>
public sealed record JobRequest(
    string? Type,
    string? Name,
    string? SlateId,
    bool? GpuOffload,
    [property: OptionObject] SimulateOptions? Simulate,
    [property: OptionObject] OptimizeOptions? Optimize,
    [property: OptionObject] BacktestJobOptions? Backtest)
{
    public const int MaxNameLength = 200;

    /// <summary>Fields whose value had the wrong JSON type, by key, with what they must be.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string[]> BindingErrors { get; init; } = new Dictionary<string, string[]>();

    public static ValueTask<JobRequest> BindAsync(HttpContext context) => JobRequestBinder.BindAsync(context);

    /// <summary>A request for <paramref name="options"/>' type of job, as a re-run makes it.</summary>
    public static JobRequest For(JobType type, string? name, string? slateId, bool? gpuOffload, IJobOptions options) =>
        new(type.Name(), name, slateId, gpuOffload, options as SimulateOptions, options as OptimizeOptions, options as BacktestJobOptions);

    /// <summary>The options of the type; a simulate job's may be left out (every option has its default).</summary>
    public IJobOptions? OptionsOf(JobType type) => type switch
    {
        JobType.Simulate => Simulate ?? new SimulateOptions(),
        JobType.Optimize => Optimize,
        JobType.Backtest => Backtest,
        _ => null,
    };
}
