using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Api.Uploads;

/// <summary>
/// A file part an upload endpoint takes: its form name and what it is (for the message when it is missing), and the
/// largest file it accepts.
/// </summary>
internal sealed record UploadPart(string Name, string Description, bool Required = false, long LimitBytes = ImportLimits.SlateFileBytes);
