using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// The entries file DraftKings lets a player download and upload again: <c>Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D</c>,
/// one row per entry, several contests in one file, instructions and the slate's player list to the right (<see cref="EntriesFileReader"/>).
/// </summary>
public static class DraftKingsEntriesFile
{
    internal static readonly EntriesFileReader Reader = new(ContestRules.DraftKings, CsvLayouts.DraftKingsEntries);

    public static ImportResult<EntriesFile> Read(Stream stream, string fileName) => Reader.Read(stream, fileName);
}
