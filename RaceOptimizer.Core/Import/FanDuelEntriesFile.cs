using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// The entries file ("lineup upload template") FanDuel lets a player download for the contests entered and upload again:
/// <c>entry_id,contest_id,contest_name,entry_fee,Driver,Driver,Driver,Driver,Driver</c>, ids quoted as text, a contest id
/// being the slate's id, a dash and the contest's number. Some copies lack entry_fee. Instructions and the slate's
/// player list lie to the right, as in DraftKings' file (<see cref="EntriesFileReader"/>).
/// </summary>
public static class FanDuelEntriesFile
{
    internal static readonly EntriesFileReader Reader = new(ContestRules.FanDuel, CsvLayouts.FanDuelEntries);

    public static ImportResult<EntriesFile> Read(Stream stream, string fileName) => Reader.Read(stream, fileName);
}
