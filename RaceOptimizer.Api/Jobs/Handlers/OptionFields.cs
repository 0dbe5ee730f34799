using System.Text.Json;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>
/// Reads optional fields of a job type's options object; a field that is present but wrong is recorded in the errors
/// under `{type}.{name}`, the key `POST /api/jobs` answers with.
/// </summary>
internal sealed class OptionFields(JsonElement options, string type, Dictionary<string, string[]> errors)
{
    public int? WholeNumber(string name, int min, int max) =>
        Read<int>(name, value => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max ? number : null,
            $"must be a whole number between {min:N0} and {max:N0}");

    public ulong? Seed() =>
        Read<ulong>("seed", value => value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var seed) ? seed : null, "must be a whole number, 0 or more");

    public double? Fraction(string name) =>
        Read<double>(name, value => value.ValueKind == JsonValueKind.Number && value.GetDouble() is >= 0 and <= 1 ? value.GetDouble() : null, "must be a number from 0 to 1");

    private T? Read<T>(string name, Func<JsonElement, T?> parse, string expected)
        where T : struct
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var parsed = parse(value);
        if (parsed is null)
        {
            errors[$"{type}.{name}"] = [expected];
        }

        return parsed;
    }
}
