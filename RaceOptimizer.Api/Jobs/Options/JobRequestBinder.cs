using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace RaceOptimizer.Api.Jobs.Options;

/// <summary>
/// Binds the body of `POST /api/jobs` to the shared <see cref="JobRequest"/>, its options to their typed record. A value of the
/// wrong JSON type (text for a number, a fraction for a whole number) is not a malformed request but a bad field: it is
/// recorded under its path with what the field must be (its rule), taken out, and the rest bound again, so one answer
/// names every bad field as the rules do. A missing or null option is its default. The options of other job types
/// than the request's are not read.
/// </summary>
internal static partial class JobRequestBinder
{
    /// <summary>Numbers are numbers: "100" is not read as 100 (the web defaults would).</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { NumberHandling = JsonNumberHandling.Strict };

    public static async ValueTask<BoundJobRequest> BindAsync(HttpContext context)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("The body is not JSON.", exception);
        }

        return Bind(body as JsonObject ?? throw new BadHttpRequestException("The body must be a JSON object."));
    }

    public static BoundJobRequest Bind(JsonObject body)
    {
        var type = body.FirstOrDefault(p => p.Key.Equals("type", StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
            && value.TryGetValue<string>(out var text) ? text : null;
        foreach (var other in body.Where(p => JobVocabulary.Names<JobType>().Contains(p.Key, StringComparer.OrdinalIgnoreCase) && p.Key != type).Select(p => p.Key).ToList())
        {
            body.Remove(other);
        }

        DropNulls(body);
        var errors = new Dictionary<string, string[]>();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new BoundJobRequest(body.Deserialize<JobRequest>(Json) ?? throw new BadHttpRequestException("The body must be a JSON object."), errors);
            }
            catch (JsonException exception) when (attempt < 100 && exception.Path is { } path && TakeOut(body, path) is { } key)
            {
                errors.TryAdd(key, [OptionValidation.ExpectedAt(typeof(JobRequest), key)]);
            }
            catch (JsonException exception)
            {
                throw new BadHttpRequestException($"The body cannot be read as a job: {exception.Message}", exception);
            }
        }
    }

    /// <summary>Removes the value at a JSON path (`$.optimize.exposures[0].min`); an array's item takes the array with it. Answers the field's key.</summary>
    private static string? TakeOut(JsonObject body, string path)
    {
        var segments = Segment().Matches(path).Select(m => m.Groups["name"].Success ? (Name: m.Groups["name"].Value, Index: -1) : (Name: (string?)null, Index: int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        while (segments.Count > 0 && segments[^1].Name is null)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count == 0)
        {
            return null;
        }

        JsonNode? node = body;
        foreach (var (name, index) in segments.SkipLast(1))
        {
            node = name is null ? (node as JsonArray)?.ElementAtOrDefault(index) : (node as JsonObject)?[name];
        }

        if (node is not JsonObject parent || !parent.Remove(segments[^1].Name!))
        {
            return null;
        }

        return string.Concat(segments.Select((s, i) => s.Name is null ? $"[{s.Index}]" : i == 0 ? s.Name : "." + s.Name));
    }

    private static void DropNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var name in item.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    item.Remove(name);
                }

                foreach (var (_, child) in item)
                {
                    DropNulls(child);
                }

                break;
            case JsonArray items:
                foreach (var child in items)
                {
                    DropNulls(child);
                }

                break;
        }
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\['(?<name>[^']+)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
