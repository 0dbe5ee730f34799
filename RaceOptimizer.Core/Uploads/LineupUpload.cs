using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Uploads;

/// <summary>
/// Writes lineups in the file a site's bulk upload takes: one column per roster slot headed by its position
/// ("D" x 6 on DraftKings, "Driver" x 5 on FanDuel) and one lineup per row of bare player ids. DraftKings takes at most
/// 500 lineups a file, so larger portfolios are split across files. Cells are guarded against formulas (<see cref="UploadCsv"/>).
/// </summary>
public static class LineupUpload
{
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

    private static string Csv(ContestRules rules, IEnumerable<Lineup> lineups) =>
        UploadCsv.Write([Enumerable.Repeat(rules.RosterPosition, rules.RosterSize), .. lineups.Select(l => l.SiteIds)]);
}
