using System.Globalization;
using System.Text.Json;

namespace RaceOptimizer.Ui.Components.Jobs;

/// <summary>A JSON document as rows a person reads: one per value, named by its path (`optimize.contest.entries`).</summary>
public static class JsonFacts
{
    public static IEnumerable<(string Path, string Value)> Of(JsonElement json, string path = "")
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    foreach (var row in Of(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}"))
                    {
                        yield return row;
                    }
                }

                break;
            case JsonValueKind.Array when json.EnumerateArray().All(item => item.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)):
                // A list of plain values (player ids, tiers' amounts) reads best on one line.
                yield return (path, json.GetArrayLength() == 0 ? "none" : string.Join(", ", json.EnumerateArray().Select(Plain)));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    foreach (var row in Of(item, $"{path}[{index++}]"))
                    {
                        yield return row;
                    }
                }

                break;
            default:
                yield return (path, Plain(json));
                break;
        }
    }

    private static string Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => "–",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString("N0", CultureInfo.InvariantCulture) : value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
