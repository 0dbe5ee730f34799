using System.Net;
using System.Net.Sockets;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>
/// A loopback TCP proxy in front of one worker that counts the connections it is given, as a balancer in front of
/// worker replicas sees them: a balancer picks a replica per connection, so a job can only reach another replica on a
/// connection of its own.
/// </summary>
public sealed class ConnectionCountingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int connections;

    public ConnectionCountingProxy(Uri target)
    {
        listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        accepting = AcceptAsync(target);
    }

    public Uri Address { get; }

    public int Connections => Volatile.Read(ref connections);

    private async Task AcceptAsync(Uri target)
    {
        try
        {
            while (true)
            {
                var incoming = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
                _ = ForwardAsync(incoming, target);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ForwardAsync(TcpClient incoming, Uri target)
    {
        using (incoming)
        using (var outgoing = new TcpClient())
        {
            try
            {
                await outgoing.ConnectAsync(target.Host, target.Port, stop.Token);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                // Whichever side closes first ends the pair, as a proxy does.
                await Task.WhenAny(
                    incoming.GetStream().CopyToAsync(outgoing.GetStream(), either.Token),
                    outgoing.GetStream().CopyToAsync(incoming.GetStream(), either.Token));
                await either.CancelAsync();
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }
}
