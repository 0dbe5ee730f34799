using System.Text.Json;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The body of `POST /api/jobs`: the type, a name, the slate where the type needs one, and the type's options
/// under a key named after the type, e.g. `{"type":"simulate","slateId":"...","simulate":{"simulations":10000}}`.
/// </summary>
public sealed record JobRequest(
    string? Type,
    string? Name,
    string? SlateId,
    bool? GpuOffload,
    JsonElement? Simulate,
    JsonElement? Optimize,
    JsonElement? Backtest)
{
    public const int MaxNameLength = 200;

    public JsonElement? OptionsOf(string type) => type switch
    {
        JobTypes.Simulate => Simulate,
        JobTypes.Optimize => Optimize,
        JobTypes.Backtest => Backtest,
        _ => null,
    };
}
