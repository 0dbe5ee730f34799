using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Scoring;

[JsonConverter(typeof(JsonStringEnumConverter<LineupRule>))]
public enum LineupRule
{
    RosterSize,
    SalaryCap,
    DistinctDrivers,
    DriverInSlate,
}

/// <summary>A contest rule a lineup breaks, with a sentence saying how.</summary>
public sealed record LineupViolation(LineupRule Rule, string Message);
