using System.Net;
using System.Text.Json;
using Bunit;
using RaceOptimizer.Ui.Components.Settings;

namespace RaceOptimizer.Ui.Tests;

public sealed class SettingsTests : UiTestContext
{
    private const string Gpu = """{"enabled":true,"url":null,"timeoutSeconds":30,"apiKeySet":true}""";

    [Fact]
    public void Test_connection_shows_the_device_or_the_error()
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", Gpu)
            .Json(HttpMethod.Post, "/api/settings/gpu/test", """{"ok":true,"latencyMs":12,"device":{"kind":"Cuda","name":"NVIDIA H200","memoryBytes":150000000000,"computeUnits":132,"racesPerSecond":620000}}""")
            .Json(HttpMethod.Post, "/api/settings/gpu/test", """{"ok":false,"error":"Connection refused (gpu:5082)"}""");
        var form = Render<GpuSettingsForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=gpu-test]")));

        form.Find("[data-testid=gpu-test]").Click();
        form.WaitForAssertion(() => Assert.Contains("Connected in 12 ms: NVIDIA H200 (Cuda, 132 compute units, 620,000 races/s)", form.Find("[data-testid=gpu-test-result]").TextContent));
        Assert.DoesNotContain("no GPU", form.Find("[data-testid=gpu-test-result]").TextContent, StringComparison.Ordinal);

        form.Find("[data-testid=gpu-test]").Click();
        form.WaitForAssertion(() => Assert.Contains("No connection: Connection refused (gpu:5082)", form.Find("[data-testid=gpu-test-result]").TextContent));
    }

    [Fact]
    public void A_worker_on_ILGPU_s_CPU_simulator_is_connected_with_a_warning_to_keep_offload_off()
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", Gpu)
            .Json(HttpMethod.Post, "/api/settings/gpu/test", """{"ok":true,"latencyMs":3,"device":{"kind":"CPU","name":"CPUAccelerator","memoryBytes":8000000000,"computeUnits":2}}""");
        var form = Render<GpuSettingsForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=gpu-test]")));

        form.Find("[data-testid=gpu-test]").Click();

        form.WaitForAssertion(() => Assert.Contains("This worker has no GPU", form.Find("[data-testid=gpu-test-result]").TextContent));
        Assert.Contains("warning", form.Find("[data-testid=gpu-test-result]").OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Save_sends_the_key_once_and_leaves_it_out_when_empty()
    {
        Assert.Equal("""{"enabled":true,"timeoutSeconds":30,"forceOffload":false}""", SaveAndReadPut(Gpu));
    }

    [Fact]
    public void The_force_switch_shows_the_saved_choice_and_sends_the_one_made()
    {
        Assert.Equal("""{"enabled":true,"timeoutSeconds":30,"forceOffload":true}""", SaveAndReadPut(Gpu.Replace("}", ",\"forceOffload\":true}", StringComparison.Ordinal)));
    }

    /// <summary>Opens the GPU form on <paramref name="stored"/> settings, saves it unchanged, and returns the body it sent.</summary>
    private string? SaveAndReadPut(string stored)
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", stored)
            .Json(HttpMethod.Put, "/api/settings/gpu", Gpu);
        var form = Render<GpuSettingsForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=gpu-save]")));

        form.Find("[data-testid=gpu-save]").Click();

        form.WaitForAssertion(() => Assert.Contains("Saved", form.Find("[data-testid=gpu-message]").TextContent));
        return Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Put).Body;
    }

    [Fact]
    public void A_new_URL_asks_for_its_key_and_shows_the_API_s_refusal_without_one()
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", Gpu)
            .Json(
                HttpMethod.Put,
                "/api/settings/gpu",
                """{"title":"The request has invalid fields","status":400,"errors":{"apiKey":["is required with a URL at another origin (http://box:5082)"]}}""",
                HttpStatusCode.BadRequest);
        var form = Render<GpuSettingsForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=gpu-save]")));
        Assert.Equal("Unchanged when empty", form.Find("[data-testid=gpu-api-key]").GetAttribute("placeholder"));

        form.Find("[data-testid=gpu-url]").Change("http://box:5082");
        form.Find("[data-testid=gpu-save]").Click();

        Assert.Equal("Required for the new URL", form.Find("[data-testid=gpu-api-key]").GetAttribute("placeholder"));
        form.WaitForAssertion(() => Assert.Contains("apiKey: is required with a URL at another origin", form.Find("[data-testid=gpu-message]").TextContent));
    }

    [Fact]
    public void Test_connection_tests_the_typed_url_and_key_without_saving_them()
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", Gpu)
            .Json(HttpMethod.Post, "/api/settings/gpu/test", """{"ok":true,"latencyMs":4,"device":{"kind":"Cuda","name":"NVIDIA H100","memoryBytes":80000000000,"computeUnits":132}}""");
        var form = Render<GpuSettingsForm>();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=gpu-test]")));

        form.Find("[data-testid=gpu-url]").Change("http://box:5082");
        form.Find("[data-testid=gpu-api-key]").Change("box-key");
        form.Find("[data-testid=gpu-test]").Click();

        form.WaitForAssertion(() => Assert.Contains("NVIDIA H100", form.Find("[data-testid=gpu-test-result]").TextContent));
        var test = Assert.Single(Api.RequestsWithBodies, r => r.Path == "/api/settings/gpu/test");
        var typed = JsonDocument.Parse(test.Body!).RootElement;
        Assert.Equal(("http://box:5082", "box-key"), (typed.GetProperty("url").GetString(), typed.GetProperty("apiKey").GetString()));
        Assert.Equal(0, Api.CountOf(HttpMethod.Put, "/api/settings/gpu"));
    }

    [Fact]
    public void Unavailable_settings_say_so()
    {
        Api.Json(HttpMethod.Get, "/api/settings/gpu", """{"title":"Not Found","status":404}""", HttpStatusCode.NotFound);

        var form = Render<GpuSettingsForm>();

        form.WaitForAssertion(() => Assert.Contains("404", form.Find("[data-testid=api-error]").TextContent));
    }
}
