using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// The API as a real process of its own, so a test can kill it the way a crash or an OOM kill would: no graceful
/// shutdown, no chance to hand its jobs back.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<ApiProcess> StartAsync(string dataFolder, string redisConnection, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [ApiAssembly(), "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["RaceOptimizer__DataFolder"] = dataFolder;
        start.Environment["ConnectionStrings__redis"] = redisConnection;
        start.Environment["Jobs__KeyPrefix"] = $"test:{Path.GetFileName(dataFolder)}:jobs:";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        var api = new ApiProcess(process, address);
        process.OutputDataReceived += (_, line) => api.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => api.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilHealthyAsync();
        return api;
    }

    /// <summary>SIGKILL: the process ends now, its leases stay in Redis until they expire.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/health", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException(
            $"The API process did not become healthy (exited: {process.HasExited}). Its last output:\n{string.Join('\n', output)}");
    }

    /// <summary>Keeps the last lines the process wrote, for the message of a failed start.</summary>
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 40)
        {
            output.TryDequeue(out _);
        }
    }

    /// <summary>The API built beside this test assembly, in the same configuration (Debug or Release).</summary>
    private static string ApiAssembly()
    {
        // bin/<configuration>/net10.0/
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(SharedData.RepositoryRoot, "RaceOptimizer.Api", "bin", configuration, "net10.0", "RaceOptimizer.Api.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
