using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The lineups of a finished optimize job as the files a player uploads to the site: the bulk-upload CSV (Core's
/// <see cref="LineupUpload"/>), or the player's DraftKings entries file filled (Core's <see cref="EntriesFill"/>).
/// </summary>
internal static class LineupExport
{
    public const string FilledEntriesFileName = "DKEntries-filled.csv";

    /// <summary>The upload file, or why there is none.</summary>
    public static (UploadFile? File, string? Problem) For(JobRecord job, string format)
    {
        var (lineups, problem) = Lineups(job, format == "dk" ? Site.DraftKings : Site.FanDuel);
        return lineups is null ? (null, problem) : (LineupUpload.Write(ContestRules.For(lineups.Site), lineups.Lineups, $"{job.Id}-{format}")[0], null);
    }

    /// <summary>The entries file with every entry given one of the job's lineups, or why it cannot be filled.</summary>
    public static (EntriesFill? Fill, string? Problem) Fill(JobRecord job, EntriesFile entries)
    {
        var (lineups, problem) = Lineups(job, Site.DraftKings);
        return lineups is null ? (null, problem) : (EntriesFill.Of(entries, lineups.Lineups), null);
    }

    public static byte[] Bytes(UploadFile file) => Encoding.UTF8.GetBytes(file.Csv);

    private static (SiteLineups? Lineups, string? Problem) Lineups(JobRecord job, Site wanted)
    {
        if (job.Type != JobType.Optimize)
        {
            return (null, $"Job '{job.Id}' is a {job.Type} job: only optimize jobs have lineups to upload.");
        }

        if (job.Status != JobStatus.Completed || job.Result is null)
        {
            return (null, $"Job '{job.Id}' is {job.Status.Name()}: only a completed optimize job has lineups to upload.");
        }

        using var result = JsonDocument.Parse(job.Result);
        var site = Enum.Parse<Site>(result.RootElement.GetProperty("site").GetString()!);
        if (site != wanted)
        {
            return (null, $"Job '{job.Id}' built {site} lineups: their player ids only upload to {site} (format={(site == Site.DraftKings ? "dk" : "fd")}).");
        }

        var lineups = result.RootElement.GetProperty("lineups").EnumerateArray()
            .Select(l => new Lineup([.. l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!)]))
            .ToList();
        return (new SiteLineups(site, lineups), null);
    }

    private sealed record SiteLineups(Site Site, IReadOnlyList<Lineup> Lineups);
}
