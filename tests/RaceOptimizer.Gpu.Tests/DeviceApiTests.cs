using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RaceOptimizer.Gpu.Tests;

public sealed class DeviceApiTests(WorkerFactory worker) : IClassFixture<WorkerFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_device_is_reported_with_the_right_key()
    {
        using var http = worker.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/device");
        request.Headers.Add("X-Api-Key", WorkerFactory.ApiKey);

        using var response = await http.SendAsync(request, Cancellation);
        var device = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CPU", device.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(device.GetProperty("name").GetString()));
        Assert.True(device.GetProperty("computeUnits").GetInt32() >= 1);
        Assert.InRange(device.GetProperty("memoryBytes").GetInt64(), 1, long.MaxValue - 1);
        // Timed once at start-up on Core's reference race: the API compares it with its own CPU's figure.
        Assert.True(device.GetProperty("racesPerSecond").GetDouble() > 0);
        Assert.Equal(WorkerInstance.Id, Assert.Single(response.Headers.GetValues(WorkerInstance.Header)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(WorkerFactory.ApiKey + "x")]
    public async Task A_missing_or_wrong_key_gets_401_problem_details(string? key)
    {
        using var http = worker.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/device");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_names_the_device_and_needs_no_key()
    {
        using var http = worker.CreateClient();

        var report = await http.GetFromJsonAsync<JsonElement>("/health", Cancellation);
        var device = report.GetProperty("checks").GetProperty("device");

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.StartsWith("CPU: ", device.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
