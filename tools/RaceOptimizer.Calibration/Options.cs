namespace RaceOptimizer.Calibration;

/// <summary>A command word followed by --name value pairs.</summary>
internal sealed class Options(string command, Dictionary<string, string> values)
{
    public string Command => command;

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(args.Length > 0 ? args[0] : "", values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;
}
