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
                "--logdir", storageFolder,
                "--checkpointdir", storageFolder,
                "--aof",
                "--recover",
            ],
            loggerFactory);
        server.Start();
    }

    public void Dispose() => server?.Dispose();
}
