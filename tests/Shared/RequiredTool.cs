namespace RaceOptimizer.Testing;

/// <summary>
/// A program a test needs from PATH (redis-server, chromium). Missing on a developer's machine, the test
/// skips and says how to install it; missing under CI (CI=true), it fails, because .ci/run installs it.
/// </summary>
public static class RequiredTool
{
    public static string Find(string program, string installHint)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var reason = $"{program} is not on PATH ({installHint}).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(reason + " CI must install it: see .ci/run.");
        }

        Assert.Skip(reason);
        return program;
    }
}
