using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>
/// A redis-server process of one test's own, without persistence, that the test can stop and start again on the same
/// port: Redis going away and coming back (empty) as a restart or a crash does. The shared <see cref="RedisServer"/>
/// serves every other test and is never stopped.
/// </summary>
public sealed class RedisProcess : IDisposable
{
    private readonly string program = RequiredTool.Find("redis-server", "apt-get install redis-server");
    private Process? process;

    private RedisProcess(int port)
    {
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var redis = new RedisProcess(((IPEndPoint)probe.LocalEndpoint).Port);
        probe.Stop();
        await redis.StartAgainAsync();
        return redis;
    }

    /// <summary>Starts the server on its port and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        process = Process.Start(new ProcessStartInfo(program, ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersAsync())
        {
            Assert.True(DateTime.UtcNow < deadline && !process.HasExited, $"redis-server did not start on port {Port}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>SIGKILL: Redis is gone at once, with everything it held.</summary>
    public void Stop()
    {
        process?.Kill();
        process?.WaitForExit();
        process?.Dispose();
        process = null;
    }

    public void Dispose() => Stop();

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, TestContext.Current.CancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), TestContext.Current.CancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
