using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Results;

namespace RaceOptimizer.Api.RaceResults;

/// <summary>A race's result read from an upload, and the name of the file it came in.</summary>
internal sealed record UploadedResult(RaceResult Result, string FileName);

/// <summary>A race's result as users upload it, in the `results` part: the loop data of one race, or a plain results file.</summary>
internal static class ResultsUpload
{
    private static readonly UploadPart Part = new(
        "results", "the loop data of one race, or a results CSV: driver,start,finish,laps_led,fastest_laps,laps_completed,status", Required: true);

    public static async Task<Outcome<UploadedResult>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await Upload.ReadAsync(request, [Part], cancellationToken);
        if (!read.Succeeded)
        {
            return read.Refusal;
        }

        using var upload = read.Value;
        var file = upload.Required(Part);
        var result = IsLoopData(file.Content) ? LoopDataFile.Read(file.Content, file.FileName) : ResultsFile.Read(file.Content, file.FileName);
        return result.Succeeded ? new UploadedResult(result.Value, file.FileName) : ApiProblems.BadFiles(result.Problems);
    }

    // Loop data is the only results layout with a race date. The header is only peeked at to pick the importer: each
    // checks every column itself, so a file that is neither is refused with the results file's list of what is missing.
    private static bool IsLoopData(Stream content)
    {
        try
        {
            using var reader = new StreamReader(content, leaveOpen: true);
            var header = reader.ReadLine();
            while (header is not null && string.IsNullOrWhiteSpace(header))
            {
                header = reader.ReadLine();
            }

            return header is not null && header.Split(',').Any(column => Key(column) == "racedate");
        }
        finally
        {
            content.Position = 0;
        }
    }

    // Column names compare as the importers compare them: no case, quotes, spaces, underscores or hyphens.
    private static string Key(string column) =>
        string.Concat(column.Where(c => c is not (' ' or '_' or '-' or '"'))).ToLowerInvariant();
}
