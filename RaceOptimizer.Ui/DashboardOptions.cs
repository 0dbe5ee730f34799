namespace RaceOptimizer.Ui;

/// <summary>
/// Where the Aspire dashboard listens, as the AppHost passes it (`Dashboard__Url`), so a job can link to its trace.
/// Empty when the UI runs without the AppHost's dashboard: pages then show the trace id without a link.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public string? Url { get; set; }

    /// <summary>The dashboard's page of one trace; null when no dashboard address is known.</summary>
    public string? TraceLink(string traceId) =>
        Uri.TryCreate(Url, UriKind.Absolute, out var dashboard)
            ? $"{dashboard.AbsoluteUri.TrimEnd('/')}/traces/detail/{Uri.EscapeDataString(traceId)}"
            : null;
}
