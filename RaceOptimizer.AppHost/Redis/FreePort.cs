using System.Net;
using System.Net.Sockets;

namespace RaceOptimizer.AppHost.Redis;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on now; the OS hands out a fresh one on every call.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
