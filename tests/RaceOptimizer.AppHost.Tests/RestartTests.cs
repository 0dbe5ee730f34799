using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.AppHost.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_second_start_reuses_the_same_SQLite_file_and_keeps_its_rows()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var dataFolder = new TemporaryFolder();

        long written;
        await using (var first = await RaceOptimizerApp.StartAsync("embedded", dataFolder.Path))
        {
            using var http = first.CreateHttpClient("api");
            using var response = await http.PostAsync("/api/system/self-tests", content: null, cancellation);
            written = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellation)).GetProperty("id").GetInt64();
        }

        await using var second = await RaceOptimizerApp.StartAsync("embedded", dataFolder.Path);
        using var again = second.CreateHttpClient("api");
        var history = await again.GetFromJsonAsync<JsonElement[]>("/api/system/self-tests", cancellation);

        Assert.Contains(history!, row => row.GetProperty("id").GetInt64() == written);
        Assert.Single(Directory.GetFiles(dataFolder.Path, "*.db"));
    }
}
