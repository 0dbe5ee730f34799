namespace RaceOptimizer.Core.Uploads;

/// <summary>A CSV file ready to upload to a site.</summary>
public sealed record UploadFile(string FileName, string Csv);
