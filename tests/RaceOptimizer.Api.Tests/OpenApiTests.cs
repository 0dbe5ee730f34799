using System.Net;
using System.Text.Json;
using RaceOptimizer.Api.Apis;
using RaceOptimizer.Api.Uploads;

namespace RaceOptimizer.Api.Tests;

/// <summary>The API describes itself: an OpenAPI document and the interactive reference page built on it.</summary>
public sealed class OpenApiTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task The_document_names_every_resource_by_tag()
    {
        using var response = await api.Client.GetAsync("/openapi/v1.json", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/jobs", "/api/slates", "/api/presets", "/api/presets/{id}", "/api/presets/import", "/api/backup" }, paths);
        var tags = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .SelectMany(operation => operation.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .ToHashSet();
        Assert.Superset(new HashSet<string?> { "Jobs", "Slates", "Results", "Presets", "Backup", "System" }, tags);
    }

    [Fact]
    public async Task Every_operation_that_takes_a_body_names_its_limit()
    {
        using var response = await api.Client.GetAsync("/openapi/v1.json", Cancellation);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        var limits = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name.TrimEnd('/')}", Operation: operation.Value)))
            .Where(o => o.Name.Split(' ')[0] is "post" or "put" or "patch")
            .ToDictionary(o => o.Name, o => o.Operation.TryGetProperty(BodyLimitDocumentation.Extension, out var limit) ? limit.GetInt64() : (long?)null);

        Assert.All(limits, limit => Assert.True(limit.Value > 0, $"{limit.Key} names no body limit"));
        Assert.Equal(BackupApi.RequestLimitBytes, limits["post /api/backup"]);
        Assert.Equal(Upload.RequestLimitBytes, limits["post /api/slates"]);
        // No limit of its own: Kestrel's default.
        Assert.Equal(30_000_000, limits["put /api/presets/{id}"]);
    }

    [Fact]
    public async Task The_reference_page_answers_with_html()
    {
        using var response = await api.Client.GetAsync("/scalar/v1", Cancellation);
        // The page's script is served by the API itself, so the reference works without reaching a CDN.
        using var script = await api.Client.GetAsync("/scalar/scalar.js", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
