using RaceOptimizer.Contracts.Settings;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Ui.Api;

/// <summary>`/api/settings`: the GPU worker settings and its connection test, and the job defaults.</summary>
public sealed class SettingsClient(HttpClient http) : ApiClient(http)
{
    public Task<GpuSettingsView> GetGpuSettingsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<GpuSettingsView>(new HttpRequestMessage(HttpMethod.Get, "api/settings/gpu"), "load the GPU settings", cancellationToken);

    public Task<GpuSettingsView> SaveGpuSettingsAsync(GpuSettingsUpdate settings, CancellationToken cancellationToken = default) =>
        SendAsync<GpuSettingsView>(SingleAttemptRequest(HttpMethod.Put, "api/settings/gpu", Json(settings)), "save the GPU settings", cancellationToken);

    /// <summary>Tests the connection the form's values would make, saved or not.</summary>
    public Task<GpuConnectionTest> TestGpuConnectionAsync(GpuSettingsUpdate typed, CancellationToken cancellationToken = default) =>
        SendAsync<GpuConnectionTest>(SingleAttemptRequest(HttpMethod.Post, "api/settings/gpu/test", Json(typed)), "test the GPU connection", cancellationToken);

    public Task<JobDefaults> GetJobDefaultsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<JobDefaults>(new HttpRequestMessage(HttpMethod.Get, "api/settings/defaults"), "load the defaults", cancellationToken);

    public Task<JobDefaults> SaveJobDefaultsAsync(JobDefaults defaults, CancellationToken cancellationToken = default) =>
        SendAsync<JobDefaults>(SingleAttemptRequest(HttpMethod.Put, "api/settings/defaults", Json(defaults)), "save the defaults", cancellationToken);
}
