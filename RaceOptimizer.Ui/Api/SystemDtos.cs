namespace RaceOptimizer.Ui.Api;

/// <summary>The API's `/health` report (the JSON written by ServiceDefaults' HealthReportWriter).</summary>
public sealed record ApiHealthReport(string Status, IReadOnlyDictionary<string, ApiHealthEntry> Checks)
{
    public bool IsHealthy => string.Equals(Status, "Healthy", StringComparison.OrdinalIgnoreCase);
}

public sealed record ApiHealthEntry(string Status, string? Description = null);
