using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Uploads;

/// <summary>
/// Writes lineups in the file a site's bulk upload takes: one column per roster slot headed by its position
/// ("D" x 6 on DraftKings, "Driver" x 5 on FanDuel) and one lineup per row of bare player ids. DraftKings takes at most
/// 500 lineups a file, so larger portfolios are split across files.
/// </summary>
public static class LineupUpload
{
    // Ids are plain digits (or digits and a dash), yet a cell starting with =, +, - or @ would run as a formula when
    // the file is opened in a spreadsheet. CsvHelper's Escape option prefixes such a cell with a single quote (and quotes
    // it), which spreadsheets show as text; a real id never starts that way, so no valid upload is changed.
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    /// <param name="baseName">File name without extension; several files get "-1", "-2", ... appended.</param>
    public static IReadOnlyList<UploadFile> Write(ContestRules rules, IReadOnlyList<Lineup> lineups, string baseName = "lineups")
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(lineups);
        ArgumentOutOfRangeException.ThrowIfZero(lineups.Count);
        if (lineups.FirstOrDefault(l => l.SiteIds.Count != rules.RosterSize) is { } wrong)
        {
            throw new ArgumentException($"A {rules.Site} lineup has {rules.RosterSize} drivers, not {wrong.SiteIds.Count}.", nameof(lineups));
        }

        var chunks = lineups.Chunk(rules.MaxLineupsPerUpload ?? lineups.Count).ToList();
        return [.. chunks.Select((chunk, i) => new UploadFile(chunks.Count == 1 ? $"{baseName}.csv" : $"{baseName}-{i + 1}.csv", Csv(rules, chunk)))];
    }

    private static string Csv(ContestRules rules, IEnumerable<Lineup> lineups)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            WriteRow(csv, Enumerable.Repeat(rules.RosterPosition, rules.RosterSize));
            foreach (var lineup in lineups)
            {
                WriteRow(csv, lineup.SiteIds);
            }
        }

        return text.ToString();
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }
}
