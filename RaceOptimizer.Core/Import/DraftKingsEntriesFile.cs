using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>One entry a player has bought in a contest: a row of the entries file.</summary>
/// <param name="Cells">The row's entry columns as read (Entry ID through the last roster slot), written back around the new roster.</param>
public sealed record ContestEntry(int Line, string EntryId, string ContestName, string ContestId, double EntryFee, IReadOnlyList<string> Cells);

/// <summary>The entries of a DraftKings entries file, with the header of its entry columns as read.</summary>
/// <param name="RosterColumns">The 0-based indexes of the roster slots ("D") in <see cref="Header"/> and every entry's cells.</param>
public sealed record EntriesFile(IReadOnlyList<string> Header, IReadOnlyList<int> RosterColumns, IReadOnlyList<ContestEntry> Entries);

/// <summary>
/// The entries file DraftKings lets a player download and upload again: <c>Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D</c>,
/// one row per entry, several contests in one file. Roster cells may be empty or hold the current lineup: they are
/// replaced, so they are not read. Downloads carry instructions and the slate's player list in further columns to the
/// right, running on below the entries: those columns are ignored, and rows with nothing in the entry columns skipped.
/// </summary>
public static class DraftKingsEntriesFile
{
    public static ImportResult<EntriesFile> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static EntriesFile? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.DraftKingsEntries, problems) is not { } columns)
        {
            return null;
        }

        var (entryId, contestName, contestId, entryFee) = (columns["Entry ID"], columns["Contest Name"], columns["Contest ID"], columns["Entry Fee"]);
        var firstSlot = columns["D"].Index;
        var slots = sheet.Header.Skip(firstSlot).TakeWhile(h => CsvLayout.Key(h) == "d").Count();
        var rosterSize = ContestRules.DraftKings.RosterSize;
        if (slots != rosterSize)
        {
            problems.Add(sheet.HeaderLine, firstSlot + 1, $"the file has {slots} roster columns 'D' side by side: a DraftKings NASCAR lineup has {rosterSize}");
            return null;
        }

        var width = Math.Max(firstSlot + slots, new[] { entryId, contestName, contestId, entryFee }.Max(c => c.Number));
        var ids = new Dictionary<string, int>();
        var entries = new List<ContestEntry>();
        foreach (var row in sheet.Rows.Where(r => r.Fields.Take(width).Any(f => f.Length > 0)))
        {
            var cells = new RowReader(row, problems);
            var id = EntryId(cells, entryId);
            var (name, contest, fee) = (cells.Text(contestName), cells.Text(contestId), cells.Money(entryFee));
            if (id is not null && cells.Unique(ids, id, entryId, $"entry {id}") && name is not null && contest is not null && fee is { } amount)
            {
                entries.Add(new ContestEntry(row.Line, id, name, contest, amount, [.. Enumerable.Range(0, width).Select(i => i < row.Fields.Count ? row.Fields[i] : "")]));
            }
        }

        if (entries.Count == 0 && !problems.Any)
        {
            problems.Add(sheet.HeaderLine, null, "the file has a header but no entries");
        }

        return problems.Any ? null : new EntriesFile([.. sheet.Header.Take(width)], [.. Enumerable.Range(firstSlot, slots)], entries);
    }

    // DraftKings numbers its entries; anything else is not an entry of this file, and would not upload.
    private static string? EntryId(RowReader cells, CsvColumn column)
    {
        var id = cells.Text(column);
        if (id is not null && !id.All(char.IsAsciiDigit))
        {
            cells.Problem(column, $"'{column.Name}' is '{id}', not a DraftKings entry id (digits only)");
            return null;
        }

        return id;
    }
}
