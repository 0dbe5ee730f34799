using System.Globalization;
using System.Text.Json;

namespace RaceOptimizer.Ui.Components.Jobs;

/// <summary>
/// A JSON document as rows a person reads: one per value, named by its path (`optimize.contest.entries`), and its lists
/// of records (a result's lineups, exposures, drivers) as tables. A string that is a driver's site id reads as his name.
/// </summary>
public static class JsonFacts
{
    /// <summary>Every value of the document by path; a list of records is flattened item by item (`lineups[0].salary`).</summary>
    public static IEnumerable<(string Path, string Value)> Of(JsonElement json, IReadOnlyDictionary<string, string>? names = null, string path = "")
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    foreach (var row in Of(property.Value, names, Join(path, property.Name)))
                    {
                        yield return row;
                    }
                }

                break;
            case JsonValueKind.Array when !HoldsStructures(json):
                // A list of plain values (player ids, tiers' amounts) reads best on one line.
                yield return (path, json.GetArrayLength() == 0 ? "none" : string.Join(", ", json.EnumerateArray().Select(item => Plain(item, names))));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    foreach (var row in Of(item, names, $"{path}[{index++}]"))
                    {
                        yield return row;
                    }
                }

                break;
            default:
                yield return (path, Plain(json, names));
                break;
        }
    }

    /// <summary>
    /// The document's lists of records, each as a table with a column per value of its records, and the values outside
    /// them as facts: a result's 150 lineups read as rows, not as 4,000 paths.
    /// </summary>
    public static JsonLayout Layout(JsonElement json, IReadOnlyDictionary<string, string>? names = null)
    {
        var facts = new List<(string Path, string Value)>();
        var tables = new List<JsonTable>();
        Walk(json, string.Empty);
        return new JsonLayout(facts, tables);

        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, Join(path, property.Name));
                }
            }
            else if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0
                && element.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object))
            {
                var rows = element.EnumerateArray().Select(item => Of(item, names).ToDictionary(cell => cell.Path, cell => cell.Value)).ToList();
                var columns = new List<string>();
                foreach (var column in rows.SelectMany(row => row.Keys).Distinct())
                {
                    // Ids read as names repeat the names beside them (a lineup's `drivers` and `names`): one is enough.
                    if (!columns.Any(kept => rows.All(row => row.GetValueOrDefault(kept) == row.GetValueOrDefault(column))))
                    {
                        columns.Add(column);
                    }
                }

                tables.Add(new JsonTable(path, columns, [.. rows.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => row.GetValueOrDefault(c, "–"))])]));
            }
            else
            {
                facts.AddRange(Of(element, names, path));
            }
        }
    }

    private static bool HoldsStructures(JsonElement array) =>
        array.EnumerateArray().Any(item => item.ValueKind is JsonValueKind.Object or JsonValueKind.Array);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Plain(JsonElement value, IReadOnlyDictionary<string, string>? names) => value.ValueKind switch
    {
        JsonValueKind.String when names is not null && names.TryGetValue(value.GetString()!, out var name) => name,
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => "–",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString("N0", CultureInfo.InvariantCulture) : value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}

/// <summary>A JSON document laid out for reading: its plain values by path, and its lists of records as tables.</summary>
public sealed record JsonLayout(IReadOnlyList<(string Path, string Value)> Facts, IReadOnlyList<JsonTable> Tables);

/// <summary>A list of records: its path in the document, a column per value path within a record, a row per record.</summary>
public sealed record JsonTable(string Path, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
