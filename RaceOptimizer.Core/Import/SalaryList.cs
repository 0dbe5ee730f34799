using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Import;

/// <summary>What a site's salary file holds: its drivers and, when the file names it, the race.</summary>
public sealed record SalaryList(Site Site, string? RaceName, IReadOnlyList<SalaryEntry> Drivers);

/// <summary>A driver's row in a salary file; <paramref name="Line"/> lets later checks point back at it.</summary>
public sealed record SalaryEntry(int Line, string Name, string SiteId, int Salary, double? AvgPointsPerGame);
