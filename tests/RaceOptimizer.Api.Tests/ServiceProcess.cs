using System.Diagnostics;
using System.Net;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>
/// A service (the API, the GPU worker) as a real process of its own, so a test can kill it the way a crash or an OOM
/// kill would: no graceful shutdown, no chance to hand its jobs back or finish its reply.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private const string ListeningLine = "Now listening on: ";

    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>Where the process listens: the port it was given by the system, read from its own start-up log.</summary>
    public Uri Address => Client.BaseAddress!;

    public HttpClient Client { get; private set; } = new();

    /// <summary>The last lines the process wrote.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>The most memory the process has held (VmHWM of /proc: its peak resident set), in bytes.</summary>
    public long PeakMemoryBytes => 1024 * long.Parse(
        File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
        System.Globalization.CultureInfo.InvariantCulture);

    public static Task<ServiceProcess> StartApiAsync(string dataFolder, string redisConnection, IReadOnlyDictionary<string, string> settings) =>
        StartAsync("RaceOptimizer.Api", new Dictionary<string, string>(settings)
        {
            [ServiceDefaults.DataFolder.ConfigurationKey] = dataFolder,
            [ServiceDefaults.AccessToken.ConfigurationKey] = TestAccessToken.Value,
            ["ConnectionStrings:redis"] = redisConnection,
            ["Jobs:KeyPrefix"] = $"test:{Path.GetFileName(dataFolder)}:jobs:",
        });

    /// <summary>The GPU worker on ILGPU's CPU accelerator, answering requests that carry <paramref name="apiKey"/>.</summary>
    public static Task<ServiceProcess> StartWorkerAsync(string apiKey) =>
        StartAsync("RaceOptimizer.Gpu", new Dictionary<string, string> { ["GpuWorker:ApiKey"] = apiKey, ["GpuWorker:Accelerator"] = "Cpu" });

    private static async Task<ServiceProcess> StartAsync(string project, IReadOnlyDictionary<string, string> settings)
    {
        // Port 0: the process binds a port the system gives it, so no other process can take it between a choice made
        // here and the bind (a test then talking to someone else's service, which also answers /health).
        var start = new ProcessStartInfo("dotnet", [Assembly(project), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, line) => service.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => service.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilHealthyAsync();
        return service;
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
        var exited = process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken)) == listening.Task)
        {
            Client.Dispose();
            Client = new HttpClient { BaseAddress = await listening.Task }.SignedIn();
        }

        while (listening.Task.IsCompletedSuccessfully && DateTime.UtcNow < deadline && !process.HasExited)
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
            $"The process did not become healthy (exited: {process.HasExited}). Its last output:\n{string.Join('\n', output)}");
    }

    /// <summary>Keeps the last lines the process wrote, for the message of a failed start.</summary>
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains(ListeningLine, StringComparison.Ordinal))
        {
            listening.TrySetResult(new Uri(line[(line.IndexOf(ListeningLine, StringComparison.Ordinal) + ListeningLine.Length)..].Trim()));
        }

        output.Enqueue(line);
        while (output.Count > 40)
        {
            output.TryDequeue(out _);
        }
    }

    /// <summary>The project's build in the repository, in this test assembly's configuration (Debug or Release).</summary>
    private static string Assembly(string project)
    {
        // bin/<configuration>/net10.0/
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(SharedData.RepositoryRoot, project, "bin", configuration, "net10.0", project + ".dll");
    }
}
