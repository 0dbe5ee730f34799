using Garnet;
using Microsoft.Extensions.Logging;

namespace RaceOptimizer.AppHost.Redis;

/// <summary>
/// Owns the embedded Garnet server: started when its resource initialises, disposed with the AppHost's
/// services. AOF and checkpoints live in the data folder so queued work survives a restart.
/// </summary>
public sealed class EmbeddedGarnetServer : IDisposable
{
    private GarnetServer? server;

    public void Start(int port, string storageFolder, ILoggerFactory loggerFactory)
    {
        Directory.CreateDirectory(storageFolder);
        server = new GarnetServer(
            [
                "--bind", "127.0.0.1",
                "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Tiered storage is what lets Garnet keep its log on disk; the managed device needs no libaio.
                "--storage-tier",
                "--device-type", "RandomAccess",
                "--logdir", storageFolder,
                "--checkpointdir", storageFolder,
                // Garnet's defaults size the log for a server (16 GB allocated up front); a job queue needs little.
                "--memory", "256m",
                "--index", "16m",
                "--aof",
                "--recover",
            ],
            loggerFactory);
        server.Start();
    }

    public void Dispose() => server?.Dispose();
}
