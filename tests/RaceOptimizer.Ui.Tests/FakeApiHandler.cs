using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RaceOptimizer.Ui.Tests;

/// <summary>
/// Stands in for the API at the HTTP boundary: answers canned responses per method and path, one after the
/// other (the last one repeats), and records every request. "Unreachable" throws what a refused connection throws.
/// </summary>
public sealed class FakeApiHandler : HttpMessageHandler
{
    private readonly Dictionary<(HttpMethod Method, string Path), Queue<Func<HttpResponseMessage>>> routes = [];
    private readonly List<(HttpMethod Method, string Path)> requests = [];
    private readonly List<(HttpMethod Method, string Path, string? Body)> bodies = [];
    private readonly List<(HttpMethod Method, string Path, string Query)> queries = [];
    private readonly List<string?> authorizations = [];
    private readonly Lock gate = new();

    public IReadOnlyList<(HttpMethod Method, string Path)> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The Authorization header of every request, in the order they came (null where none was sent).</summary>
    public IReadOnlyList<string?> Authorizations
    {
        get
        {
            lock (gate)
            {
                return [.. authorizations];
            }
        }
    }

    /// <summary>Every request with the body it carried (null when it had none), in the order they came.</summary>
    public IReadOnlyList<(HttpMethod Method, string Path, string? Body)> RequestsWithBodies
    {
        get
        {
            lock (gate)
            {
                return [.. bodies];
            }
        }
    }

    /// <summary>The query strings sent to one path, in order.</summary>
    public List<string> QueriesOf(HttpMethod method, string path)
    {
        lock (gate)
        {
            return [.. queries.Where(query => query.Method == method && query.Path == path).Select(query => query.Query)];
        }
    }

    public int CountOf(HttpMethod method, string path) => Requests.Count(request => request.Method == method && request.Path == path);

    public FakeApiHandler Json(HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Add(method, path, () => new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

    public FakeApiHandler Text(HttpMethod method, string path, string text, HttpStatusCode status = HttpStatusCode.OK) =>
        Add(method, path, () => new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "text/plain") });

    public FakeApiHandler Unreachable(HttpMethod method, string path) =>
        Add(method, path, () => throw new HttpRequestException(
            HttpRequestError.ConnectionError,
            "Connection refused (api:443)",
            new SocketException((int)SocketError.ConnectionRefused)));

    public FakeApiHandler Add(HttpMethod method, string path, Func<HttpResponseMessage> respond)
    {
        lock (gate)
        {
            if (!routes.TryGetValue((method, path), out var answers))
            {
                routes[(method, path)] = answers = new Queue<Func<HttpResponseMessage>>();
            }

            answers.Enqueue(respond);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = (request.Method, request.RequestUri!.AbsolutePath);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpResponseMessage> respond;
        lock (gate)
        {
            requests.Add(key);
            bodies.Add((key.Method, key.AbsolutePath, body));
            queries.Add((key.Method, key.AbsolutePath, request.RequestUri.Query));
            authorizations.Add(request.Headers.Authorization?.ToString());
            if (!routes.TryGetValue(key, out var answers))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
            }

            respond = answers.Count > 1 ? answers.Dequeue() : answers.Peek();
        }

        var response = respond();
        response.RequestMessage = request;
        return response;
    }
}
