using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RaceOptimizer.Api.Data;

/// <summary>How values SQLite has no type for are stored.</summary>
internal static class ColumnConversions
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>SQLite cannot order by DateTimeOffset natively; UTC ticks keep "newest first" exact.</summary>
    public static PropertyBuilder<DateTimeOffset> HasUtcTicksConversion(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public static PropertyBuilder<DateTimeOffset?> HasUtcTicksConversion(this PropertyBuilder<DateTimeOffset?> property) =>
        property.HasConversion(v => v == null ? (long?)null : v.Value.UtcTicks, v => v == null ? null : new DateTimeOffset(v.Value, TimeSpan.Zero));

    /// <summary>
    /// Stores a value as one JSON document. The comparer compares the JSON too, so EF sees a replaced value as changed
    /// whatever the type's own equality (records holding lists compare those by reference).
    /// </summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));
        return property;
    }
}
