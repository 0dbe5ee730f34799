namespace RaceOptimizer.Core.Import.Csv;

/// <summary>One record of a CSV file, its fields trimmed, with the line it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
