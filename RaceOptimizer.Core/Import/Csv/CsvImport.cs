namespace RaceOptimizer.Core.Import.Csv;

/// <summary>The path every importer shares: bounded read, CSV parse, then the importer's own reading of the rows.</summary>
internal static class CsvImport
{
    public static ImportResult<T> Read<T>(Stream stream, string fileName, long limit, Func<CsvSheet, ProblemLog, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var problems = new ProblemLog(fileName);
        var sheet = CsvSheet.Read(stream, problems, limit);
        return ImportResult<T>.From(sheet is null ? null : parse(sheet, problems), problems);
    }
}
