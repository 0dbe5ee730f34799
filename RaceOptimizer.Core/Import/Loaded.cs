namespace RaceOptimizer.Core.Import;

/// <summary>One file read for the slate: its problems, its value, where its driver column is, and its fingerprint.</summary>
internal sealed record Loaded<T>(ProblemLog Log, T? Value, int? DriverColumn, string Fingerprint)
    where T : class;
