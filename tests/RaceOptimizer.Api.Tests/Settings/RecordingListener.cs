using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RaceOptimizer.Api.Tests.Settings;

/// <summary>
/// A real HTTP listener on a port of its own (another origin than any worker's) that records the headers of every request
/// it gets and answers each with <paramref name="reply"/>: what a stranger's server would see of the API's calls.
/// </summary>
public sealed class RecordingListener : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private readonly Func<RecordingListener, string> reply;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> requests = new();

    /// <param name="reply">The whole HTTP response to every request; by default 401 with no body.</param>
    public RecordingListener(Func<RecordingListener, string>? reply = null)
    {
        this.reply = reply ?? (_ => "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>The request line and headers of each request so far.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>The `X-Api-Key` values the requests carried (none when no request did).</summary>
    public IReadOnlyList<string> ApiKeys => [.. Requests
        .SelectMany(request => request.Split("\r\n"))
        .Where(line => line.StartsWith("X-Api-Key:", StringComparison.OrdinalIgnoreCase))
        .Select(line => line["X-Api-Key:".Length..].Trim())];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[4096];
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, stop.Token);
                if (read == 0)
                {
                    break;
                }

                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            requests.Enqueue(head.ToString());
            await stream.WriteAsync(Encoding.ASCII.GetBytes(reply(this)), stop.Token);
        }
    }
}
