using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;

[assembly: AssemblyFixture(typeof(RaceOptimizer.Api.Tests.RedisServer))]

namespace RaceOptimizer.Api.Tests;

/// <summary>A real Redis (Garnet, in process) that every API host of the test run talks to.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly GarnetServer server;

    public RedisServer()
    {
        Port = FreePort();
        server = new GarnetServer(["--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture), "--memory", "64m", "--index", "8m"]);
        server.Start();
    }

    public int Port { get; }

    public string ConnectionString => $"localhost:{Port}";

    public void Dispose() => server.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
