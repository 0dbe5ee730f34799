using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;

namespace RaceOptimizer.Core.Uploads;

/// <summary>An entry with the lineup it is given.</summary>
public sealed record FilledEntry(ContestEntry Entry, Lineup Lineup);

/// <summary>A contest with more entries than the portfolio has lineups: some lineups go in more than once.</summary>
public sealed record ReusedLineups(string ContestId, string ContestName, int Entries, int Lineups)
{
    public override string ToString() =>
        $"Contest {ContestName} ({ContestId}) has {Entries} entries and the portfolio {Lineups} lineups: each lineup is entered {Entries / Lineups} or {(Entries + Lineups - 1) / Lineups} times.";
}

/// <summary>The entries of a file, in file order, each with its lineup; and the contests that reuse lineups.</summary>
public sealed record EntriesFill(EntriesFile File, IReadOnlyList<FilledEntry> Entries, IReadOnlyList<ReusedLineups> Reused)
{
    /// <summary>
    /// Deals the portfolio's lineups to the entries. Contests take turns, in the order they first appear in the file,
    /// each taking one lineup per turn until its entries are filled; a single cursor walks the portfolio in order for all
    /// of them, and a contest takes the first lineup from the cursor on that it holds least often (so never one it
    /// already holds while the portfolio has others). Each contest so gets distinct lineups while it has no more entries
    /// than the portfolio has lineups, reuses them as evenly as possible beyond that, and the lineups are spread across
    /// contests in portfolio order: every contest's set, and the whole file's, has about the portfolio's exposures.
    /// The same file and portfolio always give the same fill.
    /// </summary>
    public static EntriesFill Of(EntriesFile file, IReadOnlyList<Lineup> portfolio)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentOutOfRangeException.ThrowIfZero(portfolio.Count);
        if (portfolio.FirstOrDefault(l => l.SiteIds.Count != file.RosterColumns.Count) is { } wrong)
        {
            throw new ArgumentException($"The entries file has {file.RosterColumns.Count} roster slots, a lineup {wrong.SiteIds.Count} drivers.", nameof(portfolio));
        }

        var contests = file.Entries.GroupBy(e => e.ContestId).Select(c => c.ToList()).ToList();
        var held = contests.Select(_ => new int[portfolio.Count]).ToList();
        var lineups = new Dictionary<ContestEntry, Lineup>();
        var cursor = 0;
        for (var turn = 0; turn < contests.Max(c => c.Count); turn++)
        {
            for (var c = 0; c < contests.Count; c++)
            {
                if (turn < contests[c].Count)
                {
                    var least = held[c].Min();
                    var pick = Enumerable.Range(cursor, portfolio.Count).Select(i => i % portfolio.Count).First(i => held[c][i] == least);
                    held[c][pick]++;
                    lineups[contests[c][turn]] = portfolio[pick];
                    cursor = (pick + 1) % portfolio.Count;
                }
            }
        }

        var reused = contests.Where(c => c.Count > portfolio.Count)
            .Select(c => new ReusedLineups(c[0].ContestId, c[0].ContestName, c.Count, portfolio.Count))
            .ToList();
        return new EntriesFill(file, [.. file.Entries.Select(e => new FilledEntry(e, lineups[e]))], reused);
    }

    /// <summary>
    /// The file as its site takes it back: the entry columns' header as read, and every entry's cells as read with its
    /// roster slots holding the lineup's player ids. The columns to the right of the entries are left out.
    /// </summary>
    public UploadFile Write(string fileName) =>
        new(fileName, UploadCsv.Write([File.Header, .. Entries.Select(Row)]));

    private IEnumerable<string> Row(FilledEntry filled)
    {
        var cells = filled.Entry.Cells.ToArray();
        for (var slot = 0; slot < File.RosterColumns.Count; slot++)
        {
            cells[File.RosterColumns[slot]] = filled.Lineup.SiteIds[slot];
        }

        return cells;
    }
}
