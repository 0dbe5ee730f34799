using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// The API's server-sent job events. Its own HttpClient, without the resilience handler the other calls have: that
/// handler's timeouts would cut a stream meant to stay open for as long as the page is.
/// </summary>
public sealed class JobEventStream(HttpClient http)
{
    public async IAsyncEnumerable<JobEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/jobs/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            if (item.EventType == "job" && JsonSerializer.Deserialize<JobEvent>(item.Data, JsonSerializerOptions.Web) is { } job)
            {
                yield return job;
            }
        }
    }
}
