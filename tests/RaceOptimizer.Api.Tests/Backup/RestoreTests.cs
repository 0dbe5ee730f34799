using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Api.Tests.Presets;
using RaceOptimizer.Contracts.Backup;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>What each restore mode does with rows already there, the copy kept first, and documents refused whole.</summary>
public sealed class RestoreTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    private HttpClient Client => api.Client;

    private string BackupsFolder => Path.Combine(api.DataFolder, DatabaseCopy.FolderName);

    /// <summary>
    /// The backup holds the sample slate and presets Alpha and Bravo. Afterwards Alpha is renamed, Bravo deleted, Charlie
    /// created, a slate imported and a result attached to the sample; then the backup is restored.
    /// </summary>
    [Theory]
    [InlineData(RestoreModes.Replace, new[] { "Alpha", "Bravo" }, new[] { 1, 1, 0, 1 }, new[] { 0, 1, 0, 1 }, false)]
    [InlineData(RestoreModes.Merge, new[] { "Alpha", "Bravo", "Charlie" }, new[] { 1, 1, 0, 0 }, new[] { 0, 1, 0, 0 }, true)]
    [InlineData(RestoreModes.SkipExisting, new[] { "Alpha changed", "Bravo", "Charlie" }, new[] { 1, 0, 1, 0 }, new[] { 0, 0, 1, 0 }, true)]
    public async Task Each_mode_treats_the_rows_already_there_its_own_way(
        string mode, string[] presetsAfter, int[] presetCounts, int[] slateCounts, bool sampleKeepsItsResult)
    {
        var alpha = await Client.CreatePresetAsync(PresetCalls.Preset("Alpha"));
        var bravo = await Client.CreatePresetAsync(PresetCalls.Preset("Bravo"));
        var backup = await Client.BackupAsync();
        using (await Client.PutAsJsonAsync($"/api/presets/{alpha.Id}", PresetCalls.Preset("Alpha changed"), Cancellation))
        using (await Client.DeleteAsync($"/api/presets/{bravo.Id}", Cancellation))
        {
            await Client.CreatePresetAsync(PresetCalls.Preset("Charlie"));
        }

        var imported = await Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard)));
        await Client.AttachResultsAsync(JobCalls.SampleSlateId, TestFiles.LoopRace("2023/09/10", "Cup"));

        var report = await Client.RestoreAsync(backup, mode);

        var presets = await Client.PresetsAsync();
        Assert.Equal(presetsAfter, presets.Names());
        Assert.Equal(bravo.Id, presets.Single(p => p.Name == "Bravo").Id);
        Assert.Equal(Counts(presetCounts), report.Presets);
        Assert.Equal(Counts(slateCounts), report.Slates);
        var slates = await Client.SlatesAsync();
        Assert.Equal(mode != RestoreModes.Replace, slates.Any(s => s.Id == imported.Id));
        Assert.Equal(sampleKeepsItsResult, slates.Single(s => s.Id == JobCalls.SampleSlateId).HasResults);
    }

    [Fact]
    public async Task The_database_as_it_was_is_copied_aside_first()
    {
        var backup = await Client.BackupAsync();
        await Client.CreatePresetAsync(PresetCalls.Preset("Alpha"));
        await Client.CreatePresetAsync(PresetCalls.Preset("Bravo"));

        var report = await Client.RestoreAsync(backup, RestoreModes.Replace);

        Assert.Empty(await Client.PresetsAsync());
        Assert.Equal(BackupsFolder, Path.GetDirectoryName(report.BackupFile));
        Assert.Matches(@"^raceoptimizer-\d{8}T\d{9}Z\.db$", Path.GetFileName(report.BackupFile));
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = report.BackupFile, Pooling = false }.ToString());
        await copy.OpenAsync(Cancellation);
        Assert.Equal(["ok"], await QueryAsync(copy, "PRAGMA integrity_check"));
        Assert.Equal(["Alpha", "Bravo"], await QueryAsync(copy, "SELECT Name FROM presets ORDER BY Name"));
        Assert.Equal([JobCalls.SampleSlateId], await QueryAsync(copy, "SELECT Id FROM slates"));
    }

    [Fact]
    public async Task A_malformed_backup_is_refused_and_changes_nothing()
    {
        await Client.CreatePresetAsync(PresetCalls.Preset("Alpha"));
        var backup = await Client.BackupAsync();
        var before = BackupCalls.Contents(backup);
        JsonObject Changed(Action<JsonObject> change)
        {
            var copy = backup.DeepClone().AsObject();
            change(copy);
            return copy;
        }

        await RefusedAsync(null, backup.ToJsonString(), "mode");
        await RefusedAsync("overwrite", backup.ToJsonString(), "mode");
        await RefusedAsync("merge", backup.ToJsonString()[..^20], null);
        await RefusedAsync("merge", "null", null);
        await RefusedAsync("merge", """{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z"}""", null);
        await RefusedAsync("merge", Changed(b => b["slates"]![0]!["site"] = 0).ToJsonString(), null);
        await RefusedAsync("merge", Changed(b => b["slates"]![0]!["name"] = null).ToJsonString(), null);
        await RefusedAsync("replace", Changed(b => b["formatVersion"] = 2).ToJsonString(), "formatVersion");
        await RefusedAsync("replace", Changed(b => b["slates"]!.AsArray().Add(b["slates"]![0]!.DeepClone())).ToJsonString(), "slates[1].id");
        await RefusedAsync("replace", Changed(b => b["slates"]![0]!["drivers"]![1]!["name"] = new string('x', 101)).ToJsonString(), "slates[0].drivers[1].name");
        await RefusedAsync("replace", Changed(b => b["slates"]![0]!["drivers"]![2]!["ownership"] = 140.5).ToJsonString(), "slates[0].drivers[2].ownership");
        await RefusedAsync("replace", Changed(b => b["presets"]![0]!["track"] = "Monaco").ToJsonString(), "presets[0].track");
        await RefusedAsync("replace", Changed(b => b["presets"]![0]!["track"] = "Kansas").ToJsonString(), "presets[0].track");
        await RefusedAsync("replace", Changed(b => b["jobs"]!.AsArray().Add(JsonNode.Parse(
            """{"id":"job_x","name":"x","type":"simulate","status":"paused","config":{},"createdAt":"2026-01-01T00:00:00Z"}"""))).ToJsonString(), "jobs[0].status");
        await RefusedAsync("replace", Changed(b => b["jobs"]!.AsArray().Add(JsonNode.Parse(
            """{"id":"job_x","name":"x","type":"teleport","status":"completed","config":{},"createdAt":"2026-01-01T00:00:00Z"}"""))).ToJsonString(), "jobs[0].type");
        await RefusedAsync("merge", Changed(b => b["jobs"]!.AsArray().Add(JsonNode.Parse(
            """{"id":"job_x","name":"x","type":"simulate","slateId":"no-such-slate","status":"completed","config":{},"createdAt":"2026-01-01T00:00:00Z"}"""))).ToJsonString(), "jobs[0].slateId");
        // Under replace the database's slates go: a job may name only the backup's own.
        await RefusedAsync("replace", Changed(b =>
        {
            b["slates"] = new JsonArray();
            b["jobs"]!.AsArray().Add(JsonNode.Parse(
                """{"id":"job_x","name":"x","type":"simulate","slateId":"sample-dk-cup-kansas","status":"completed","config":{},"createdAt":"2026-01-01T00:00:00Z"}"""));
        }).ToJsonString(), "jobs[0].slateId");

        Assert.Equal(before, BackupCalls.Contents(await Client.BackupAsync()));
        Assert.False(Directory.Exists(BackupsFolder));
    }

    private async Task RefusedAsync(string? mode, string body, string? field)
    {
        var query = mode is null ? "" : $"?mode={mode}";
        using var response = await Client.PostAsync($"/api/backup{query}", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.Contains(field, problem.Errors!.Keys);
        }
    }

    private static RestoredRows Counts(int[] counts) => new(counts[0], counts[1], counts[2], counts[3]);

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        var rows = new List<string>();
        while (await reader.ReadAsync(Cancellation))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
