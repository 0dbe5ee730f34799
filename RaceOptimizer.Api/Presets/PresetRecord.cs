using System.Security.Cryptography;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Presets;

/// <summary>
/// Optimizer settings a user saved under a name to use again, optionally for one series, track or site. The settings
/// are one JSON object kept exactly as sent: the optimizer defines their fields, and a preset saved before it learns a
/// new field must still load.
/// </summary>
public sealed class PresetRecord
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>The series it is meant for; null fits every series.</summary>
    public Series? Series { get; set; }

    /// <summary>The catalog name of the track it is meant for; null fits every track.</summary>
    public string? Track { get; set; }

    public Site? Site { get; set; }

    public required string Settings { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Short and URL-safe; 48 random bits are plenty for the presets of one user.</summary>
    public static string NewId() => "preset_" + RandomNumberGenerator.GetHexString(12, lowercase: true);

    public static PresetRecord Create(PresetFields fields, DateTimeOffset now)
    {
        var preset = new PresetRecord { Id = NewId(), Name = fields.Name, Settings = fields.Settings, CreatedAt = now };
        preset.Replace(fields, now);
        return preset;
    }

    public void Replace(PresetFields fields, DateTimeOffset now)
    {
        Name = fields.Name;
        Series = fields.Series;
        Track = fields.Track;
        Site = fields.Site;
        Settings = fields.Settings;
        UpdatedAt = now;
    }
}
