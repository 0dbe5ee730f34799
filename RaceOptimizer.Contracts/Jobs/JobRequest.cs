using RaceOptimizer.Contracts.Jobs.Options;

namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// The body of `POST /api/jobs`: the type, a name, the slate where the type needs one, and the type's options
/// under a key named after the type, e.g. `{"type":"simulate","slateId":"...","simulate":{"simulations":10000}}`.
/// `gpuOffload` null takes the GPU setting. The UI sends it; the API binds it, a value of the wrong JSON type as a
/// field error.
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

    /// <summary>A request for <paramref name="options"/>' type of job.</summary>
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
