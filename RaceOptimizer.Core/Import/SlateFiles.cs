namespace RaceOptimizer.Core.Import;

/// <summary>An uploaded file: its name (for messages) and its content, read synchronously and whole.</summary>
public sealed record SlateFile(string FileName, Stream Content);

/// <summary>What a slate is built from: a site's salary file and, optionally, the grid, projections and ownership.</summary>
public sealed record SlateFiles(SlateFile Salaries, SlateFile? Grid = null, SlateFile? Projections = null, SlateFile? Ownership = null);
