using System.Globalization;

namespace RaceOptimizer.Ui.Components.SystemStatus;

public static class SelfTestFormat
{
    public static string Outcome(bool ok) => ok ? "OK" : "Failed";

    public static string Duration(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms");

    /// <summary>The server's local time: the UI runs on the user's own machine.</summary>
    public static string RunAt(DateTimeOffset createdAt) =>
        createdAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
