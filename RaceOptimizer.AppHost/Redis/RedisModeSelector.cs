using System.Diagnostics;

namespace RaceOptimizer.AppHost.Redis;

/// <summary>
/// Chooses the Redis mode before any resource is added: once the app model holds a container resource,
/// Aspire waits for a container runtime and fails without one, so `auto` must look first.
/// </summary>
public static class RedisModeSelector
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static RedisChoice Choose(string? configuredMode)
    {
        if (!Enum.TryParse<RedisMode>(configuredMode ?? nameof(RedisMode.Auto), ignoreCase: true, out var mode)
            || !Enum.IsDefined(mode))
        {
            throw new InvalidOperationException(
                $"Redis:Mode '{configuredMode}' is not one of auto, container, server, embedded.");
        }

        return mode switch
        {
            RedisMode.Container => new(mode, "Redis:Mode=container was asked for"),
            RedisMode.Server => new(mode, FindRedisServer() is { } path
                ? $"Redis:Mode=server was asked for; using {path}"
                : throw new InvalidOperationException("Redis:Mode=server was asked for, but redis-server is not on PATH.")),
            RedisMode.Embedded => new(mode, "Redis:Mode=embedded was asked for"),
            _ => ChooseAutomatically(),
        };
    }

    public static string? FindRedisServer() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static RedisChoice ChooseAutomatically()
    {
        var runtime = ContainerRuntimeName();
        if (ContainerRuntimeAnswers(runtime))
        {
            return new(RedisMode.Container, $"the container runtime '{runtime}' answered");
        }

        return FindRedisServer() is { } path
            ? new(RedisMode.Server, $"no container runtime answered ('{runtime} info' failed); redis-server found at {path}")
            : new(RedisMode.Embedded, $"no container runtime answered ('{runtime} info' failed) and redis-server is not on PATH");
    }

    private static string ContainerRuntimeName() =>
        Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME")
        ?? Environment.GetEnvironmentVariable("DOTNET_ASPIRE_CONTAINER_RUNTIME")
        ?? "docker";

    /// <summary>`docker info` reaches the engine, unlike `docker --version`, which only needs the client.</summary>
    private static bool ContainerRuntimeAnswers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // the runtime's client is not installed
        }
    }
}
