using System.Net.Http.Headers;
using RaceOptimizer.Contracts.History;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/history`: loop data and the driver ratings derived from it.</summary>
public sealed class HistoryClient(HttpClient http) : ApiClient(http)
{
    public Task<HistorySummary> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        SendAsync<HistorySummary>(new HttpRequestMessage(HttpMethod.Get, "api/history"), "load the race history", cancellationToken);

    /// <summary>Imports loop data; problems of the file come out by line in <see cref="RaceOptimizerApiException.Problems"/>.</summary>
    public Task<HistoryImport> ImportHistoryAsync(string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        return SendAsync<HistoryImport>(SingleAttemptRequest(HttpMethod.Post, "api/history", form), "import the loop data", cancellationToken);
    }

    public async Task<IReadOnlyList<DriverRatingInfo>> GetRatingsAsync(string series, string trackType, CancellationToken cancellationToken = default) =>
        await SendAsync<List<DriverRatingInfo>>(
            new HttpRequestMessage(HttpMethod.Get, $"api/history/ratings?series={Escape(series)}&trackType={Escape(trackType)}"),
            "load the driver ratings",
            cancellationToken);
}
