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

    public double? Number(string name, double min, double max) =>
        Read<double>(name, value => value.ValueKind == JsonValueKind.Number && value.GetDouble() is var number && number >= min && number <= max ? number : null,
            FormattableString.Invariant($"must be a number from {min} to {max}"));

    /// <summary>One of <paramref name="choices"/>, compared without case; the choice as spelled there.</summary>
    public string? Choice(string name, params string[] choices)
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var choice = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
        {
            errors[$"{type}.{name}"] = [$"must be one of {string.Join(", ", choices)}"];
        }

        return choice;
    }

    public string[] Texts(string name)
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString())))
        {
            errors[$"{type}.{name}"] = ["must be an array of player ids"];
            return [];
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!.Trim())];
    }

    /// <summary>The objects of an array field, each read by <paramref name="read"/> with its own fields (`{type}.{name}[i].x`).</summary>
    public T[] Objects<T>(string name, Func<OptionFields, T?> read)
        where T : class
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object))
        {
            errors[$"{type}.{name}"] = ["must be an array of objects"];
            return [];
        }

        return [.. value.EnumerateArray().Select((item, i) => read(new OptionFields(item, $"{type}.{name}[{i}]", errors))).OfType<T>()];
    }

    /// <summary>A nested object's fields (`{type}.{name}.x`), or null when it is absent.</summary>
    public OptionFields? Object(string name)
    {
        if (!options.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors[$"{type}.{name}"] = ["must be an object"];
            return null;
        }

        return new OptionFields(value, $"{type}.{name}", errors);
    }

    public string? Text(string name) =>
        options.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>Records a problem of this object's field, unless reading it found one already.</summary>
    public void Problem(string name, string message) => errors.TryAdd($"{type}.{name}", [message]);

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
