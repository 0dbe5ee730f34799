using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RaceOptimizer.Contracts.Backup;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>Backups as the tests take and restore them.</summary>
internal static class BackupCalls
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<JsonObject> BackupAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/api/backup", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^raceoptimizer-backup-\d{8}T\d{6}Z\.json$", response.Content.Headers.ContentDisposition?.FileName);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject();
    }

    public static async Task<RestoreReport> RestoreAsync(this HttpClient client, JsonObject backup, string mode)
    {
        using var response = await client.PostAsJsonAsync($"/api/backup?mode={mode}", backup, Cancellation);
        return await response.ReadAsync<RestoreReport>();
    }

    /// <summary>What a backup holds, without the moment it was taken: equal snapshots mean equal databases.</summary>
    public static string Contents(JsonObject backup)
    {
        var contents = backup.DeepClone().AsObject();
        contents.Remove("exportedAt");
        return contents.ToJsonString();
    }

    public static async Task AttachResultsAsync(this HttpClient client, string slateId, string csv)
    {
        using var response = await client.PostAsync($"/api/slates/{slateId}/results", new UploadForm().Csv("results", "results.csv", csv), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
