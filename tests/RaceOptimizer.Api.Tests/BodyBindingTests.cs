using System.Net.Http.Json;
using System.Text;

namespace RaceOptimizer.Api.Tests;

/// <summary>A body the framework cannot bind is refused as ProblemDetails naming the field, like the endpoints' own checks.</summary>
public sealed class BodyBindingTests(RedisServer redis) : ApiTest(redis)
{
    [Theory]
    [InlineData("POST", "/api/presets/import", """{"presets":{"name":"not a list"}}""", "presets")]
    [InlineData("PATCH", "/api/slates/sample-dk-cup-kansas/drivers/1", """{"projection":"abc"}""", "projection")]
    [InlineData("PUT", "/api/settings/gpu", """{"enabled":true,"timeoutSeconds":"soon"}""", "timeoutSeconds")]
    [InlineData("PUT", "/api/settings/gpu", """{"enabled":true,"timeoutSeconds":30,"forceOffload":"always"}""", "forceOffload")]
    [InlineData("POST", "/api/presets/import", "{not json", "body")]
    [InlineData("POST", "/api/presets/import", "", "body")]
    [InlineData("PUT", "/api/settings/defaults", "", "body")]
    public async Task A_body_that_does_not_bind_names_its_field(string method, string path, string body, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await Client.SendAsync(request, Cancellation);
        var problem = await response.ProblemAsync();

        Assert.Equal([field], problem.Errors!.Keys);
    }
}
