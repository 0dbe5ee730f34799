using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Results;

/// <summary>The result of one race. Series, track and date are known for loop data, not for a plain results file.</summary>
public sealed record RaceResult(string Name, Series? Series, string? Track, DateOnly? Date, IReadOnlyList<DriverResult> Drivers);
