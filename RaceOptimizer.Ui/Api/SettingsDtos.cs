namespace RaceOptimizer.Ui.Api;

/// <summary>`GET /api/settings/gpu`: whether jobs may offload to the GPU worker, and how to reach it. The key is never sent back.</summary>
public sealed record GpuSettings(bool Enabled, string? Url, int TimeoutSeconds, bool ApiKeySet);

/// <summary>`PUT /api/settings/gpu`: a null API key leaves the stored one as it is.</summary>
public sealed record GpuSettingsUpdate(bool Enabled, string? Url, int TimeoutSeconds, string? ApiKey);

/// <summary>`GET/PUT /api/settings/defaults`: what new jobs start with.</summary>
public sealed record JobDefaults(int Lineups, int Simulations);
