using System.Net;
using System.Net.Http.Json;
using RaceOptimizer.Api.Slates;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests;

/// <summary>`PATCH /api/slates/{id}/drivers/{siteId}`: a user's own projection or ownership for one driver, kept with the slate.</summary>
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

    [Fact]
    public async Task Ownership_is_stored_and_cleared_and_a_body_naming_one_field_leaves_the_other()
    {
        var before = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);
        var driver = before!.Drivers[1];
        var url = $"/api/slates/{SampleId}/drivers/{driver.SiteId}";

        using var projected = await Client.PatchAsJsonAsync(url, new { projection = 42.5 }, Cancellation);
        using var owned = await Client.PatchAsJsonAsync(url, new { ownership = 23.4 }, Cancellation);
        var answered = await owned.ReadAsync<SlateDriver>();
        var stored = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);

        Assert.Equal(driver with { Projection = 42.5, Ownership = 23.4 }, answered);
        Assert.Equal([before.Drivers[0], answered, .. before.Drivers.Skip(2)], stored!.Drivers);

        using var reprojected = await Client.PatchAsJsonAsync(url, new { projection = 40.0 }, Cancellation);
        Assert.Equal(driver with { Projection = 40.0, Ownership = 23.4 }, await reprojected.ReadAsync<SlateDriver>());

        using var cleared = await Client.PatchAsJsonAsync(url, new { ownership = (double?)null }, Cancellation);
        Assert.Equal(driver with { Projection = 40.0, Ownership = null }, await cleared.ReadAsync<SlateDriver>());

        using var both = await Client.PatchAsJsonAsync(url, new { projection = (double?)null, ownership = 5.0 }, Cancellation);
        Assert.Equal(driver with { Projection = null, Ownership = 5.0 }, await both.ReadAsync<SlateDriver>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public async Task Ownership_outside_0_to_100_percent_is_400_naming_ownership(double ownership)
    {
        var before = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);
        var driver = before!.Drivers[0];

        using var bad = await Client.PatchAsJsonAsync($"/api/slates/{SampleId}/drivers/{driver.SiteId}", new { ownership }, Cancellation);
        var after = await Client.GetFromJsonAsync<SlateDetails>($"/api/slates/{SampleId}", Cancellation);

        var problem = await bad.ProblemAsync();
        Assert.Equal(["ownership"], problem.Errors!.Keys);
        Assert.Equal(before.Drivers, after!.Drivers);
    }
}
