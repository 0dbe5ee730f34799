using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Settings;

namespace RaceOptimizer.Api.Settings;

/// <summary>Reads and writes setting groups; a group never saved reads as its default.</summary>
public sealed class SettingsStore(RaceOptimizerDb db)
{
    public async Task<GpuSettings> GpuAsync(CancellationToken cancellationToken) =>
        await ReadAsync<GpuSettings>(GpuSettings.Key, cancellationToken) ?? GpuSettings.Default;

    public async Task<JobDefaults> DefaultsAsync(CancellationToken cancellationToken) =>
        await ReadAsync<JobDefaults>(JobDefaultsRules.Key, cancellationToken) ?? JobDefaultsRules.Default;

    public Task SaveAsync(GpuSettings settings, CancellationToken cancellationToken) => WriteAsync(GpuSettings.Key, settings, cancellationToken);

    public Task SaveAsync(JobDefaults defaults, CancellationToken cancellationToken) => WriteAsync(JobDefaultsRules.Key, defaults, cancellationToken);

    private async Task<T?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        return value is null ? null : JsonSerializer.Deserialize<T>(value, JsonSerializerOptions.Web);
    }

    private async Task WriteAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
        var updated = await db.Settings.Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(r => r.Value, json), cancellationToken);
        if (updated == 0)
        {
            db.Settings.Add(new SettingRecord { Key = key, Value = json });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
