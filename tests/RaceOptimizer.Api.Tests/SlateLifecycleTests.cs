using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>Listing, reading and deleting slates, and slates outliving the process that imported them.</summary>
public sealed class SlateLifecycleTests(RedisServer redis) : IAsyncDisposable
{
    private const string SampleId = "sample-dk-cup-kansas";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task Slates_are_listed_newest_first_read_whole_and_deleted()
    {
        var brickyard = await api.Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard)));
        var trucks = await api.Client.ImportAsync(new UploadForm().File("salaries", SharedData.File("dk-salaries-trucks-tsport-200.csv")));

        var list = await api.Client.SlatesAsync();

        Assert.Equal([trucks.Id, brickyard.Id, SampleId], list.Select(s => s.Id));
        Assert.Equal(
            new SlateSummary(brickyard.Id, brickyard.Name, brickyard.Site, brickyard.Race, 39, brickyard.CreatedAt, HasResults: false),
            list[1]);
        var read = await api.Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{brickyard.Id}", Cancellation);
        Assert.Equal(brickyard with { Names = null }, read! with { Drivers = brickyard.Drivers, FieldCars = brickyard.FieldCars, Adjustments = brickyard.Adjustments });
        Assert.Equal(brickyard.Drivers, read.Drivers);
        Assert.Empty(read.FieldCars);
        Assert.Empty(read.Adjustments);

        using var deleted = await api.Client.DeleteAsync($"/api/slates/{brickyard.Id}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([trucks.Id, SampleId], (await api.Client.SlatesAsync()).Select(s => s.Id));

        using var gone = await api.Client.GetAsync($"/api/slates/{brickyard.Id}", Cancellation);
        Assert.Equal($"There is no slate '{brickyard.Id}'.", (await gone.ProblemAsync(HttpStatusCode.NotFound)).Detail);
        using var again = await api.Client.DeleteAsync($"/api/slates/{brickyard.Id}", Cancellation);
        await again.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_json_of_a_slate_has_the_documented_names()
    {
        var salaries = SharedData.File(TestFiles.DraftKingsBrickyard);
        // Every driver starts but Ryan Blaney, who did not qualify: the slate lists that adjustment.
        var grid = "driver,start\n" + string.Concat(TestFiles.Rows(salaries).Select(r => r[2]).Where(n => n != "Ryan Blaney").Select((n, i) => $"{n},{i + 1}\n"));
        var form = new UploadForm().File("salaries", salaries).Csv("grid", "grid.csv", grid);
        using var response = await api.Client.PostAsync("/api/slates", form, Cancellation);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancellation);

        Assert.Equal(
            ["adjustments", "choices", "createdAt", "drivers", "fieldCars", "hasResults", "id", "name", "names", "race", "site"],
            json.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("DraftKings", json.GetProperty("site").GetString());
        Assert.Equal(
            """{"name":"Brickyard 400 presented by PPG","series":"Cup","track":"Indianapolis Motor Speedway","trackType":"Flat","scheduledLaps":160,"date":null}""",
            json.GetProperty("race").GetRawText());
        Assert.Equal(
            """{"name":"Denny Hamlin","siteId":"43667053","salary":11000,"start":1,"projection":null,"projectedFinish":null,"ownership":null,"avgPointsPerGame":57.99,"startsAtRear":false}""",
            json.GetProperty("drivers")[0].GetRawText());
        Assert.Equal(
            """{"kind":"DidNotQualify","driver":"Ryan Blaney","detail":"not on the starting grid: did not qualify or withdrew; scores 0 and is left out of every lineup"}""",
            json.GetProperty("adjustments")[0].GetRawText());
        Assert.Equal(["absent", "matched", "unmatched"], json.GetProperty("names").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Another_process_on_the_same_data_folder_sees_the_slates()
    {
        var imported = await api.Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard)));
        var listed = await api.Client.SlatesAsync();

        using var restarted = api.Start().CreateClient();

        Assert.Equal(listed, await restarted.SlatesAsync());
        var read = await restarted.GetFromJsonAsync<SlateDetails>($"/api/slates/{imported.Id}", Cancellation);
        Assert.Equal(imported.Drivers, read!.Drivers);
        Assert.Equal(imported.Race, read.Race);
    }

    [Fact]
    public async Task The_sample_slate_is_seeded_once_and_stays_deleted()
    {
        var seeded = Assert.Single(await api.Client.SlatesAsync());
        Assert.Equal((SampleId, "Hollywood Casino 400", 36), (seeded.Id, seeded.Name, seeded.DriverCount));

        using var deleted = await api.Client.DeleteAsync($"/api/slates/{SampleId}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var restarted = api.Start().CreateClient();

        Assert.Empty(await restarted.SlatesAsync());
    }

    [Fact]
    public async Task Two_replicas_starting_at_once_seed_one_sample()
    {
        var (first, second) = (api.Start(), api.Start());

        var clients = await Task.WhenAll(Task.Run(first.CreateClient, Cancellation), Task.Run(second.CreateClient, Cancellation));

        Assert.Equal([SampleId], (await clients[0].SlatesAsync()).Select(s => s.Id));
        Assert.Equal([SampleId], (await clients[1].SlatesAsync()).Select(s => s.Id));
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
