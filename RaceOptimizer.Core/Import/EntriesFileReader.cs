using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// Reads a site's entries file: an entry id, a contest name and id, an entry fee and the roster slots, one row per entry
/// bought, several contests in one file. Roster cells may be empty or hold the current lineup: they are replaced, so they
/// are not read. Downloads carry instructions and the slate's player list in further columns to the right, running on
/// below the entries: those columns are ignored, and rows with nothing in the entry columns skipped.
/// </summary>
/// <param name="layout">The site's column names; lookups ignore case, spaces and underscores, so FanDuel's "entry_id" is found as "Entry ID".</param>
internal sealed class EntriesFileReader(ContestRules rules, CsvLayout layout)
{
    public ImportResult<EntriesFile> Read(Stream stream, string fileName) => CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    public EntriesFile? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, layout, problems) is not { } columns)
        {
            return null;
        }

        var (entryId, contestName, contestId, entryFee) = (columns["Entry ID"], columns["Contest Name"], columns["Contest ID"], columns.Find("Entry Fee"));
        var firstSlot = columns[rules.RosterPosition].Index;
        var slots = sheet.Header.Skip(firstSlot).TakeWhile(h => CsvLayout.Key(h) == CsvLayout.Key(rules.RosterPosition)).Count();
        if (slots != rules.RosterSize)
        {
            problems.Add(
                sheet.HeaderLine,
                firstSlot + 1,
                $"the file has {slots} roster columns '{rules.RosterPosition}' side by side: a {rules.Site} NASCAR lineup has {rules.RosterSize}");
            return null;
        }

        var width = Math.Max(firstSlot + slots, new[] { entryId, contestName, contestId, entryFee }.Max(c => c?.Number ?? 0));
        var ids = new Dictionary<string, int>();
        var entries = new List<ContestEntry>();
        foreach (var row in sheet.Rows.Where(r => r.Fields.Take(width).Any(f => f.Length > 0)))
        {
            var cells = new RowReader(row, problems);
            var id = EntryId(cells, entryId);
            var (name, contest, fee) = (cells.Text(contestName), cells.Text(contestId), entryFee is null ? null : cells.Money(entryFee));
            if (id is not null && cells.Unique(ids, id, entryId, $"entry {id}") && name is not null && contest is not null && (entryFee is null || fee is not null))
            {
                entries.Add(new ContestEntry(row.Line, id, name, contest, fee, [.. Enumerable.Range(0, width).Select(i => i < row.Fields.Count ? row.Fields[i] : "")]));
            }
        }

        if (entries.Count == 0 && !problems.Any)
        {
            problems.Add(sheet.HeaderLine, null, "the file has a header but no entries");
        }

        return problems.Any ? null : new EntriesFile(rules.Site, [.. sheet.Header.Take(width)], [.. Enumerable.Range(firstSlot, slots)], entries);
    }

    // Both sites number their entries; anything else is not an entry of this file, and would not upload.
    private string? EntryId(RowReader cells, CsvColumn column)
    {
        var id = cells.Text(column);
        if (id is not null && !id.All(char.IsAsciiDigit))
        {
            cells.Problem(column, $"'{column.Name}' is '{id}', not a {rules.Site} entry id (digits only)");
            return null;
        }

        return id;
    }
}
