namespace RaceOptimizer.Contracts.Settings;

/// <summary>`GET /api/settings/gpu` (and the answer of its `PUT`): whether jobs may offload to the GPU worker, and how to reach it. The key is never sent back, only whether one is set for the saved URL.</summary>
/// <param name="Enabled">The default of a job's `gpuOffload` when the request does not say.</param>
/// <param name="Url">A remote worker's address; null for the worker of this application (service discovery).</param>
/// <param name="TimeoutSeconds">How long the worker may stay silent before the job falls back.</param>
/// <param name="ForceOffload">Offloaded work goes to the worker even when its speed says the local CPU would finish sooner; off, such a job runs `local` with the reason `worker-slower`.</param>
public sealed record GpuSettingsView(bool Enabled, string? Url, int TimeoutSeconds, bool ApiKeySet, bool ForceOffload = false);

/// <summary>
/// The body of `PUT /api/settings/gpu`. `apiKey` is bound to the URL's origin: null keeps the key entered before, which
/// goes to the same origin only (a URL moved to another origin needs its key in the same request); "" forgets it.
/// `enabled` and `timeoutSeconds` are required: they are nullable here so that the API answers a missing one with a
/// problem naming the field rather than reading it as false or 0. `forceOffload` may be left out: off.
/// </summary>
public sealed record GpuSettingsUpdate(bool? Enabled, string? Url, int? TimeoutSeconds, string? ApiKey, bool? ForceOffload = null);

/// <summary>`GET /api/settings/defaults` (and the answer of its `PUT`): what a new job starts with, lineups to build and races to simulate.</summary>
public sealed record JobDefaults(int Lineups, int Simulations);

/// <summary>The body of `PUT /api/settings/defaults`: both fields required, nullable so that a missing one is answered by name.</summary>
public sealed record JobDefaultsUpdate(int? Lineups, int? Simulations);
