using System.Text.Json;
using Bunit;
using RaceOptimizer.Ui.Components.Optimize;

namespace RaceOptimizer.Ui.Tests;

public sealed class PresetBarTests : UiTestContext
{
    [Fact]
    public void Save_sends_the_form_s_current_options_under_the_name()
    {
        Api.Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Post, "/api/presets",
                """{"id":"p1","name":"Kansas cash","series":null,"track":null,"site":null,"settings":{"objective":"mean","lineups":3},"createdAt":"2026-11-29T18:00:00Z","updatedAt":"2026-11-29T18:00:00Z"}""");
        var model = new OptimizeFormModel { Lineups = "3", GpuOffload = true };
        var bar = Render<PresetBar>(parameters => parameters
            .Add(p => p.Model, model)
            .Add(p => p.CurrentPreset, () => model.ToPreset([], [])));

        bar.Find("[data-testid=preset-name]").Change("Kansas cash");
        bar.Find("[data-testid=preset-save]").Click();

        bar.WaitForAssertion(() => Assert.Contains("Saved 'Kansas cash'", bar.Find("[data-testid=preset-message]").TextContent));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal("Kansas cash", body.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, body.RootElement.GetProperty("settings").GetProperty("lineups").GetInt32());
        Assert.True(body.RootElement.GetProperty("settings").GetProperty("gpuOffload").GetBoolean());
        Assert.Equal(2, Api.CountOf(HttpMethod.Get, "/api/presets"));
    }
}
