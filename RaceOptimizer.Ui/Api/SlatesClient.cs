using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using RaceOptimizer.Contracts.Slates;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/slates`: slates, their drivers' projections and the race results attached to them.</summary>
public sealed class SlatesClient(HttpClient http) : ApiClient(http)
{
    public async Task<IReadOnlyList<SlateSummary>> GetSlatesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<SlateSummary>>(new HttpRequestMessage(HttpMethod.Get, "api/slates"), "load slates", cancellationToken);

    public Task<SlateDetails> GetSlateAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<SlateDetails>(new HttpRequestMessage(HttpMethod.Get, $"api/slates/{Escape(id)}"), "load the slate", cancellationToken);

    /// <summary>Imports a slate; files that do not import come out with every problem in <see cref="RaceOptimizerApiException.Problems"/>.</summary>
    public Task<SlateDetails> ImportSlateAsync(SlateImport import, CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent();
        foreach (var file in import.Files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, file.Part, file.FileName);
        }

        if (!string.IsNullOrWhiteSpace(import.Name))
        {
            form.Add(new StringContent(import.Name.Trim()), "name");
        }

        if (import.Date is { } date)
        {
            form.Add(new StringContent(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "date");
        }

        foreach (var (field, value) in new[] { ("series", import.Series), ("track", import.Track) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                form.Add(new StringContent(value), field);
            }
        }

        return SendAsync<SlateDetails>(SingleAttemptRequest(HttpMethod.Post, "api/slates", form), "import the slate", cancellationToken);
    }

    /// <summary>The tracks a slate import's `track` field takes, by name.</summary>
    public async Task<IReadOnlyList<TrackInfo>> GetTracksAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<TrackInfo>>(new HttpRequestMessage(HttpMethod.Get, "api/tracks"), "load the tracks", cancellationToken);

    public Task DeleteSlateAsync(string id, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(SingleAttemptRequest(HttpMethod.Delete, $"api/slates/{Escape(id)}"), "delete the slate", cancellationToken);

    /// <summary>Renames the slate; the API refuses (by field `name`) an empty or too long name.</summary>
    public Task<SlateDetails> RenameSlateAsync(string id, string name, CancellationToken cancellationToken = default) =>
        SendAsync<SlateDetails>(SingleAttemptRequest(HttpMethod.Patch, $"api/slates/{Escape(id)}", Json(new SlateRename(name))), "rename the slate", cancellationToken);

    /// <summary>Saves the slate's locks and excludes; the API refuses (by field) what no lineup could meet.</summary>
    public Task<SlateDetails> SaveChoicesAsync(string slateId, DriverChoicesInfo choices, CancellationToken cancellationToken = default) =>
        SendAsync<SlateDetails>(
            SingleAttemptRequest(HttpMethod.Put, $"api/slates/{Escape(slateId)}/choices", Json(choices)),
            "save the locks and excludes",
            cancellationToken);

    /// <summary>Sets (or, with null, clears) one driver's projection; answers the driver as stored.</summary>
    public Task<SlateDriverInfo> SetProjectionAsync(string slateId, string siteId, double? projection, CancellationToken cancellationToken = default) =>
        SendAsync<SlateDriverInfo>(
            SingleAttemptRequest(HttpMethod.Patch, $"api/slates/{Escape(slateId)}/drivers/{Escape(siteId)}", Json(new { projection })),
            "save the projection",
            cancellationToken);

    /// <summary>Sets (or, with null, clears) one driver's projected ownership, in percent; answers the driver as stored.</summary>
    public Task<SlateDriverInfo> SetOwnershipAsync(string slateId, string siteId, double? ownership, CancellationToken cancellationToken = default) =>
        SendAsync<SlateDriverInfo>(
            SingleAttemptRequest(HttpMethod.Patch, $"api/slates/{Escape(slateId)}/drivers/{Escape(siteId)}", Json(new { ownership })),
            "save the ownership",
            cancellationToken);

    /// <summary>The slate's actual points once results are attached; null before the race.</summary>
    public async Task<SlateResults?> GetSlateResultsAsync(string slateId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<SlateResults>(new HttpRequestMessage(HttpMethod.Get, $"api/slates/{Escape(slateId)}/results"), "load the race results", cancellationToken);
        }
        catch (RaceOptimizerApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
