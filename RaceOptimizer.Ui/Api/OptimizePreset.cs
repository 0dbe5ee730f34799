using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RaceOptimizer.Contracts.Jobs.Options;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// What an optimizer preset holds: the shared optimize options, plus whether to offload to the GPU, which a job request
/// carries beside its options and a preset keeps among them (`{"objective":"roi",...,"gpuOffload":true}`).
/// </summary>
public sealed record OptimizePreset(OptimizeOptions Options, bool GpuOffload)
{
    private const string GpuOffloadName = "gpuOffload";

    // As a job request leaves them out: null options are the API's defaults.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public JsonObject ToSettings()
    {
        var settings = JsonSerializer.SerializeToNode(Options, Json)!.AsObject();
        settings[GpuOffloadName] = GpuOffload;
        return settings;
    }

    /// <summary>
    /// A preset's settings as the API stored them; null when they are not optimizer options. A null option is its
    /// default, as the API reads a job's (older presets wrote an exposure's unset `min` as null).
    /// </summary>
    public static OptimizePreset? Read(JsonElement settings)
    {
        if (JsonNode.Parse(settings.GetRawText()) is not JsonObject saved)
        {
            return null;
        }

        DropNulls(saved);
        try
        {
            return saved.Deserialize<OptimizeOptions>(Json) is { } options
                ? new OptimizePreset(options, saved[GpuOffloadName] is JsonValue gpu && gpu.TryGetValue<bool>(out var offload) && offload)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void DropNulls(JsonNode? node)
    {
        foreach (var child in node switch { JsonObject item => RemoveNulls(item), JsonArray items => [.. items], _ => [] })
        {
            DropNulls(child);
        }
    }

    private static List<JsonNode?> RemoveNulls(JsonObject item)
    {
        foreach (var name in item.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            item.Remove(name);
        }

        return [.. item.Select(p => p.Value)];
    }
}
