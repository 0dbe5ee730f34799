using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Slates;

/// <summary>The daily-fantasy site a slate (and its salaries, ids and scoring) belongs to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Site>))]
public enum Site
{
    DraftKings,
    FanDuel,
}
