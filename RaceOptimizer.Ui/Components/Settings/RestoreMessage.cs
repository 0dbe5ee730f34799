using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Ui.Components.Settings;

/// <summary>What a finished restore (or clear) tells the player: it happened, and where the previous database went.</summary>
internal static class RestoreMessage
{
    public static string Of(RestoreReport report) => $"Done ({report.Mode}). The previous database was copied to {report.BackupFile}.";
}
