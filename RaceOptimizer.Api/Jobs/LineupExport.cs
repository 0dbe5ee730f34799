using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Uploads;

namespace RaceOptimizer.Api.Jobs;

/// <summary>The lineups of a finished optimize job as the site's bulk-upload CSV (Core's <see cref="LineupUpload"/>).</summary>
internal static class LineupExport
{
    /// <summary>The upload file, or why there is none.</summary>
    public static (UploadFile? File, string? Problem) For(JobRecord job, string format)
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
        var wanted = format == "dk" ? Site.DraftKings : Site.FanDuel;
        if (site != wanted)
        {
            return (null, $"Job '{job.Id}' built {site} lineups: their player ids only upload to {site} (format={(site == Site.DraftKings ? "dk" : "fd")}).");
        }

        var lineups = result.RootElement.GetProperty("lineups").EnumerateArray()
            .Select(l => new Lineup([.. l.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!)]))
            .ToList();
        return (LineupUpload.Write(ContestRules.For(site), lineups, $"{job.Id}-{format}")[0], null);
    }

    public static byte[] Bytes(UploadFile file) => Encoding.UTF8.GetBytes(file.Csv);
}
