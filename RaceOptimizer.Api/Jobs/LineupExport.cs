using System.Text;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The lineups of a finished optimize job the player kept as the files a player uploads to the site: the bulk-upload CSV (Core's
/// <see cref="LineupUpload"/>), or the player's DraftKings or FanDuel entries file filled (Core's <see cref="EntriesFill"/>).
/// </summary>
internal static class LineupExport
{
    /// <summary>The upload file, or why there is none.</summary>
    /// <param name="driver">A site player id: only the kept lineups holding him, as the results show them filtered by driver; null: every kept lineup.</param>
    public static (UploadFile? File, string? Problem) For(JobRecord job, string format, string? driver = null)
    {
        var (lineups, problem) = Lineups(
            job, format == "dk" ? Site.DraftKings : Site.FanDuel, built => $"Job '{job.Id}' built {built} lineups: their player ids only upload to {built} (format={Format(built)}).");
        if (lineups is null)
        {
            return (null, problem);
        }

        if (driver is null)
        {
            return (LineupUpload.Write(ContestRules.For(lineups.Site), lineups.Lineups, $"{job.Id}-{format}")[0], null);
        }

        var holding = lineups.Lineups.Where(l => l.SiteIds.Contains(driver)).ToList();
        return holding.Count == 0
            ? (null, $"No lineup job '{job.Id}' keeps holds driver '{driver}'.")
            : (LineupUpload.Write(ContestRules.For(lineups.Site), holding, $"{job.Id}-{format}-{driver}")[0], null);
    }

    /// <summary>The entries file with every entry given one of the job's lineups, or why it cannot be filled.</summary>
    public static (EntriesFill? Fill, string? Problem) Fill(JobRecord job, EntriesFile entries)
    {
        var (lineups, problem) = Lineups(
            job,
            entries.Site,
            built => $"This is a {entries.Site} entries file, but job '{job.Id}' built {built} lineups, whose player ids only upload to {built}: " +
                $"fill it from a {entries.Site} job, or bring the {built} entries file.");
        return lineups is null ? (null, problem) : (EntriesFill.Of(entries, lineups.Lineups), null);
    }

    /// <summary>
    /// What the filled entries file is called: DraftKings' download name marked filled; FanDuel's download name changes
    /// with the slate, so its answer has a fixed name of the same form.
    /// </summary>
    public static string FilledEntriesFileName(Site site) => site == Site.DraftKings ? "DKEntries-filled.csv" : "FanDuel-entries-filled.csv";

    public static byte[] Bytes(UploadFile file) => Encoding.UTF8.GetBytes(file.Csv);

    /// <summary>The lineups the player kept, when the job built them for the wanted site.</summary>
    /// <param name="wrongSite">Why the job's lineups, built for the site given, do not serve.</param>
    private static (SiteLineups? Lineups, string? Problem) Lineups(JobRecord job, Site wanted, Func<Site, string> wrongSite)
    {
        var (result, problem) = KeptLineups.Read(job);
        if (result is null)
        {
            return (null, problem);
        }

        var site = Enum.Parse<Site>(result.Site);
        if (site != wanted)
        {
            return (null, wrongSite(site));
        }

        return (new SiteLineups(site, [.. KeptLineups.Of(result, job.RemovedLineups).Select(l => new Lineup(l.Drivers))]), null);
    }

    private static string Format(Site site) => site == Site.DraftKings ? "dk" : "fd";

    private sealed record SiteLineups(Site Site, IReadOnlyList<Lineup> Lineups);
}
