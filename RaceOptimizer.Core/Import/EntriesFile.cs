using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Import;

/// <summary>One entry a player has bought in a contest: a row of the entries file.</summary>
/// <param name="EntryFee">Null where the file has no entry fee column (some copies of FanDuel's file lack it).</param>
/// <param name="Cells">The row's entry columns as read (the first through the last roster slot), written back around the new roster.</param>
public sealed record ContestEntry(int Line, string EntryId, string ContestName, string ContestId, double? EntryFee, IReadOnlyList<string> Cells);

/// <summary>The entries of a site's entries file, with the header of its entry columns as read.</summary>
/// <param name="Site">The site the file came from: its roster slots take only that site's player ids.</param>
/// <param name="RosterColumns">The 0-based indexes of the roster slots in <see cref="Header"/> and every entry's cells.</param>
public sealed record EntriesFile(Site Site, IReadOnlyList<string> Header, IReadOnlyList<int> RosterColumns, IReadOnlyList<ContestEntry> Entries)
{
    /// <summary>A DraftKings or FanDuel entries file, the site recognised by its header.</summary>
    public static ImportResult<EntriesFile> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, (sheet, problems) => ReaderOf(sheet).Parse(sheet, problems));

    // FanDuel heads its roster slots "Driver" and spells its columns in snake case ("entry_id"); DraftKings writes "D"
    // and "Entry ID". Either sign is enough, so a FanDuel file with a wrong roster is still told what FanDuel's holds.
    private static EntriesFileReader ReaderOf(CsvSheet sheet) =>
        sheet.Header.Any(h => h.Equals(ContestRules.FanDuel.RosterPosition, StringComparison.OrdinalIgnoreCase) || h.Equals("entry_id", StringComparison.OrdinalIgnoreCase))
            ? FanDuelEntriesFile.Reader
            : DraftKingsEntriesFile.Reader;
}
