namespace RaceOptimizer.Api.Settings;

/// <summary>One group of user settings (`gpu`, `defaults`) as a JSON document under its key: a new setting needs no migration.</summary>
public sealed class SettingRecord
{
    public required string Key { get; init; }

    public required string Value { get; set; }
}
