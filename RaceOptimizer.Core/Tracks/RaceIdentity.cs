using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tracks;

/// <summary>What a race's name reveals: always the track; the series and length when the name belongs to one known race.</summary>
public sealed record RaceIdentity(Track Track, Series? Series, int? ScheduledLaps);
