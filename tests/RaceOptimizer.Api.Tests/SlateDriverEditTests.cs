using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests;

/// <summary>`PATCH /api/slates/{id}/drivers/{siteId}`: a user's own projection for one driver, kept with the slate.</summary>
public sealed class SlateDriverEditTests(RedisServer redis) : ApiTest(redis)
{
    private const string SampleId = "sample-dk-cup-kansas";

    [Fact]
    public async Task A_projection_is_stored_cleared_and_only_for_that_driver()
    {
        var before = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);
        var driver = before!.Drivers[0];

        using var set = await Client.PatchAsJsonAsync($"/api/slates/{SampleId}/drivers/{driver.SiteId}", new { projection = 61.5 }, Cancellation);
        var answered = await set.ReadAsync<SlateDriver>();
        var stored = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);

        Assert.Equal(driver with { Projection = 61.5 }, answered);
        Assert.Equal([answered, .. before.Drivers.Skip(1)], stored!.Drivers);

        using var cleared = await Client.PatchAsJsonAsync($"/api/slates/{SampleId}/drivers/{driver.SiteId}", new { projection = (double?)null }, Cancellation);
        Assert.Null((await cleared.ReadAsync<SlateDriver>()).Projection);
    }

    [Fact]
    public async Task Unknown_slates_and_drivers_are_404_and_absurd_projections_400()
    {
        using var noSlate = await Client.PatchAsJsonAsync("/api/slates/nope/drivers/1", new { projection = 10 }, Cancellation);
        using var noDriver = await Client.PatchAsJsonAsync($"/api/slates/{SampleId}/drivers/nope", new { projection = 10 }, Cancellation);
        using var negative = await Client.PatchAsJsonAsync($"/api/slates/{SampleId}/drivers/nope", new { projection = -1 }, Cancellation);

        Assert.Equal("There is no slate 'nope'.", (await noSlate.ProblemAsync(HttpStatusCode.NotFound)).Detail);
        Assert.Equal($"Slate '{SampleId}' has no driver 'nope'.", (await noDriver.ProblemAsync(HttpStatusCode.NotFound)).Detail);
        Assert.Contains("projection", (await negative.ProblemAsync()).Errors!.Keys);
    }
}
