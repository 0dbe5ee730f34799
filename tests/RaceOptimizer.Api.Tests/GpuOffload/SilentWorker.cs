using System.Net;
using System.Net.Sockets;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>
/// A worker address that takes connections and never answers, as Aspire's proxy does for a stopped worker, or a worker
/// hung before its first byte: the one fault a live worker process cannot be made to show on demand.
/// </summary>
public sealed class SilentWorker : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> held = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;

    public SilentWorker()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        held.ForEach(connection => connection.Dispose());
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                held.Add(await listener.AcceptTcpClientAsync(stop.Token));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped by DisposeAsync.
        }
    }
}
