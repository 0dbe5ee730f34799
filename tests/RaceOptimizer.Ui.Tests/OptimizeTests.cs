using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Jobs.Options;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Optimize;

namespace RaceOptimizer.Ui.Tests;

public sealed class OptimizeTests : UiTestContext
{
    private const string QueuedJob = """
        {"id":"job-9","name":"Optimize DK Cup Kansas","type":"optimize","status":"queued","slateId":"slate-1","gpuOffload":true,
         "config":{},"result":null,"error":null,"progressPercent":0,"progressMessage":null,"executionMode":null,"fallbackReason":null,
         "deviceName":null,"workerInstance":null,"traceId":null,"createdAt":"2026-11-29T18:00:00Z","startedAt":null,"finishedAt":null,"durationMs":null,
         "rerunOf":null,"attempts":0}
        """;

    [Fact]
    public void The_model_takes_only_the_objective_s_own_options_and_exposures_as_fractions()
    {
        var model = new OptimizeFormModel { Objective = Objectives.Roi, Lineups = "150", Simulations = "5000", SalaryMin = "48000", MaxOwnership = "", MinOwnership = "80", MaxTrioLineups = "12", Percentile = "95" };
        model.Exposures.Add(new ExposureRow { Driver = "101", MinPercent = "10", MaxPercent = "50" });
        var errors = new Dictionary<string, string[]>();

        var options = model.ToOptions(["101"], ["103"], errors);

        Assert.Empty(errors);
        Assert.Equal(150, options.Lineups);
        Assert.Equal(5000, options.Simulations);
        Assert.Equal(48000, options.SalaryMin);
        Assert.Null(options.MaxOwnership);
        Assert.Equal((80.0, 12), (options.MinOwnership, options.MaxTrioLineups));
        Assert.Equal(new OptimizeOptions().Percentile, options.Percentile); // the form's 95 is the percentile objective's
        Assert.Equal(new ContestOption { Preset = "top-heavy", Entries = 10000, EntryFee = 5, FieldSize = 1000 }, options.Contest);
        Assert.Equal([new ExposureOption { Driver = "101", Min = 0.1, Max = 0.5 }], options.Exposures);
        Assert.Equal(["101"], options.Locks);
    }

    [Fact]
    public void The_model_names_every_field_that_is_not_a_number_and_reloads_from_a_preset()
    {
        var model = new OptimizeFormModel { Lineups = "many", SalaryMax = "50k", MaxTrioLineups = "a few" };
        var errors = new Dictionary<string, string[]>();

        model.ToOptions([], [], errors);

        Assert.Equal(["lineups", "maxTrioLineups", "salaryMax"], errors.Keys.Order());

        var preset = JsonDocument.Parse("""{"objective":"percentile","lineups":40,"simulations":2000,"percentile":95,"exposures":[{"driver":"102","min":null,"max":0.25}],"gpuOffload":true}""").RootElement;
        model.Load(OptimizeFormModel.ReadPreset(preset)!);
        Assert.Equal(("percentile", "40", "95", true), (model.Objective, model.Lineups, model.Percentile, model.GpuOffload));
        Assert.Equal("25", Assert.Single(model.Exposures).MaxPercent);
    }

    [Fact]
    public void Submit_posts_the_optimize_job_with_the_slate_s_saved_locks_and_shows_a_field_error()
    {
        Api.Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates/slate-1", SlatePayloads.WithChoices(locked: ["101"], excluded: ["104"]))
            .Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Get, "/api/settings/defaults", """{"lineups":150,"simulations":10000}""")
            .Json(HttpMethod.Post, "/api/jobs",
                """{"title":"The request has invalid fields","status":400,"errors":{"optimize.lineups":["must be from 1 to 500"]}}""", HttpStatusCode.BadRequest);

        var form = Render<OptimizeForm>(parameters => parameters.Add(p => p.InitialSlateId, "slate-1"));
        form.WaitForAssertion(() => Assert.Contains("Locked: Kyle Larson", form.Find("[data-testid=optimize-choices]").TextContent));

        form.Find("[data-testid=optimize-submit]").Click();

        form.WaitForAssertion(() => Assert.Contains("must be from 1 to 500", form.Find("[data-testid=error-lineups]").TextContent));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        using var body = JsonDocument.Parse(post.Body!);
        var root = body.RootElement;
        Assert.Equal("optimize", root.GetProperty("type").GetString());
        Assert.Equal("slate-1", root.GetProperty("slateId").GetString());
        Assert.Equal("Optimize DK Cup Kansas", root.GetProperty("name").GetString());
        var optimize = root.GetProperty("optimize");
        Assert.Equal("mean", optimize.GetProperty("objective").GetString());
        Assert.Equal(150, optimize.GetProperty("lineups").GetInt32());
        // A cash build ranks by the player's projections: the stored 10,000 races are for the objectives that simulate.
        Assert.False(optimize.TryGetProperty("simulations", out _));
        Assert.Contains("Ranked by your projections for 3 of 4 drivers; the other 1 by DraftKings' average points.", form.Find("[data-testid=optimize-points-source]").TextContent);
        Assert.Equal(["101"], optimize.GetProperty("locks").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["104"], optimize.GetProperty("excludes").EnumerateArray().Select(e => e.GetString()));
        Assert.False(optimize.TryGetProperty("contest", out _));
        Assert.False(optimize.TryGetProperty("salaryMin", out _));
    }

    [Fact]
    public void A_job_rebuilt_with_a_changed_exposure_keeps_its_settings_and_its_races()
    {
        const string Built = """
            {"id":"job-5","name":"Kansas GPP","type":"optimize","status":"completed","slateId":"slate-1","gpuOffload":true,
             "config":{"objective":"tail","lineups":40,"simulationJobId":"sim-3","seed":7,"minUniqueDrivers":2,"locks":[],"excludes":[],
                       "exposures":[{"driver":"102","min":0,"max":0.3}]},
             "result":null,"error":null,"progressPercent":100,"progressMessage":null,"executionMode":"local","fallbackReason":null,
             "deviceName":null,"workerInstance":null,"traceId":null,"createdAt":"2026-11-29T18:00:00Z","startedAt":null,"finishedAt":null,"durationMs":null,
             "rerunOf":null,"attempts":1}
            """;
        Api.Json(HttpMethod.Get, "/api/jobs/job-5", Built)
            .Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates/slate-1", SlatePayloads.WithChoices(locked: ["101"], excluded: []))
            .Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Get, "/api/settings/defaults", """{"lineups":150,"simulations":10000}""")
            .Json(HttpMethod.Post, "/api/jobs", QueuedJob, HttpStatusCode.Accepted);

        var form = Render<OptimizeForm>(parameters => parameters.Add(p => p.RebuildJobId, "job-5"));
        form.WaitForAssertion(() => Assert.Contains("same races, those of the simulate job", form.Find("[data-testid=optimize-rebuild]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Ranked on the races of the simulate job the rebuilt job used", form.Find("[data-testid=optimize-points-source]").TextContent, StringComparison.Ordinal);
        form.Find("[data-testid=optimize-submit]").Click();

        form.WaitForAssertion(() => Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post));
        using var body = JsonDocument.Parse(Api.RequestsWithBodies.Single(request => request.Method == HttpMethod.Post).Body!);
        var root = body.RootElement;
        Assert.Equal(("slate-1", "Kansas GPP (rebuilt)", true), (root.GetProperty("slateId").GetString(), root.GetProperty("name").GetString(), root.GetProperty("gpuOffload").GetBoolean()));
        var optimize = root.GetProperty("optimize");
        Assert.Equal(("tail", 40, "sim-3", 7UL, 2), (optimize.GetProperty("objective").GetString(), optimize.GetProperty("lineups").GetInt32(),
            optimize.GetProperty("simulationJobId").GetString(), optimize.GetProperty("seed").GetUInt64(), optimize.GetProperty("minUniqueDrivers").GetInt32()));
        Assert.False(optimize.TryGetProperty("simulations", out _)); // the simulate job's races, none of its own
        Assert.Equal(0.3, optimize.GetProperty("exposures")[0].GetProperty("max").GetDouble());
        Assert.Equal(["101"], optimize.GetProperty("locks").EnumerateArray().Select(e => e.GetString())); // the race's locks as saved now
    }

    [Fact]
    public void A_rebuild_sends_the_lineups_locked_in_the_job_s_results_and_says_how_many_are_kept()
    {
        const string Built = """
            {"id":"job-5","name":"Kansas cash","type":"optimize","status":"completed","slateId":"slate-1","gpuOffload":false,
             "config":{"objective":"mean","lineups":5,"simulations":0,"minUniqueDrivers":2,"locks":[],"excludes":[]},
             "result":{"lineups":[
               {"drivers":["101","102","103","104","105","106"],"names":["A","B","C","D","E","F"],"salary":50000,"projectedPoints":280.5,"objective":280.5},
               {"drivers":["101","102","103","104","105","107"],"names":["A","B","C","D","E","G"],"salary":49800,"projectedPoints":279.5,"objective":279.5},
               {"drivers":["101","102","103","104","106","107"],"names":["A","B","C","D","F","G"],"salary":49700,"projectedPoints":278.0,"objective":278.0}]},
             "error":null,"progressPercent":100,"progressMessage":null,"executionMode":"local","fallbackReason":null,
             "deviceName":null,"workerInstance":null,"traceId":null,"createdAt":"2026-11-29T18:00:00Z","startedAt":null,"finishedAt":null,"durationMs":null,
             "rerunOf":null,"attempts":1}
            """;
        Api.Json(HttpMethod.Get, "/api/jobs/job-5", Built)
            .Json(HttpMethod.Get, "/api/jobs/job-5/portfolio", KeptPortfolioTests.BothKept.Replace("\"removed\":[]", "\"removed\":[],\"locked\":[1,3]", StringComparison.Ordinal))
            .Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates/slate-1", SlatePayloads.Slate)
            .Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Get, "/api/settings/defaults", """{"lineups":150,"simulations":10000}""")
            .Json(HttpMethod.Post, "/api/jobs", QueuedJob, HttpStatusCode.Accepted);

        var form = Render<OptimizeForm>(parameters => parameters.Add(p => p.RebuildJobId, "job-5"));
        form.WaitForAssertion(() => Assert.StartsWith("2 locked lineups kept", form.Find("[data-testid=optimize-rebuild-kept]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("not carried", form.Find("[data-testid=optimize-rebuild]").TextContent, StringComparison.Ordinal);
        form.Find("[data-testid=optimize-submit]").Click();

        form.WaitForAssertion(() => Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post));
        using var body = JsonDocument.Parse(Api.RequestsWithBodies.Single(request => request.Method == HttpMethod.Post).Body!);
        var kept = body.RootElement.GetProperty("optimize").GetProperty("keepLineups").EnumerateArray()
            .Select(lineup => string.Join(",", lineup.GetProperty("drivers").EnumerateArray().Select(d => d.GetString())));
        Assert.Equal(["101,102,103,104,105,106", "101,102,103,104,106,107"], kept);
    }

    [Fact]
    public void A_preset_saved_from_a_rebuild_holds_no_simulate_job_and_no_kept_lineup()
    {
        var model = new OptimizeFormModel { Objective = Objectives.Tail, SimulationJobId = "sim-3", KeptLineups = [["101", "102", "103", "104", "105", "106"]] };

        Assert.Equal("sim-3", model.ToOptions([], [], []).SimulationJobId);
        Assert.Single(model.ToOptions([], [], []).KeepLineups);
        Assert.Null(model.ToPreset([], []).Options.SimulationJobId);
        Assert.Empty(model.ToPreset([], []).Options.KeepLineups);
        Assert.Equal(0, model.RacesToSimulate);
    }

    [Fact]
    public void An_imported_preset_is_listed_and_what_it_holds_goes_into_the_job_the_page_submits()
    {
        const string Document = """{"formatVersion":1,"presets":[{"name":"Kansas GPP","settings":{"objective":"percentile","percentile":95,"lineups":40,"simulations":2000}}]}""";
        Api.Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates/slate-1", SlatePayloads.Slate)
            .Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Get, "/api/presets", """
                [{"id":"preset-7","name":"Kansas GPP","series":null,"track":null,"site":null,
                  "settings":{"objective":"percentile","percentile":95,"lineups":40,"simulations":2000},
                  "createdAt":"2026-11-29T18:00:00Z","updatedAt":"2026-11-29T18:00:00Z"}]
                """)
            .Json(HttpMethod.Post, "/api/presets/import", """{"imported":1,"skipped":0,"renamed":0}""")
            .Json(HttpMethod.Get, "/api/settings/defaults", """{"lineups":150,"simulations":10000}""")
            .Json(HttpMethod.Post, "/api/jobs", """
                {"id":"job-9","name":"Optimize DK Cup Kansas","type":"optimize","status":"queued","slateId":"slate-1","gpuOffload":false,
                 "config":{},"result":null,"error":null,"progressPercent":0,"progressMessage":null,"executionMode":null,"fallbackReason":null,
                 "deviceName":null,"workerInstance":null,"traceId":null,"createdAt":"2026-11-29T18:00:00Z","startedAt":null,"finishedAt":null,"durationMs":null,
                 "rerunOf":null,"attempts":0}
                """, HttpStatusCode.Accepted);
        var form = Render<OptimizeForm>(parameters => parameters.Add(p => p.InitialSlateId, "slate-1"));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=optimize-form]")));

        form.FindComponent<PresetBar>().FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Document, "raceoptimizer-presets.json"));

        form.WaitForAssertion(() => Assert.Equal(
            "Imported 1 preset(s), 0 renamed, 0 skipped.", form.Find("[data-testid=preset-message]").TextContent.Trim()));
        var import = Assert.Single(Api.RequestsWithBodies, request => request is { Method.Method: "POST", Path: "/api/presets/import" });
        Assert.Equal(Document, import.Body);
        Assert.Equal(["?duplicates=rename"], Api.QueriesOf(HttpMethod.Post, "/api/presets/import"));
        var option = form.WaitForElement("[data-testid=preset-select] fluent-option[value=preset-7]");
        Assert.Equal("Kansas GPP", option.TextContent.Trim());

        form.Find("[data-testid=preset-select]").TriggerEvent("ondropdownchange", new DropdownEventArgs { SelectedOptions = option.Id });
        form.Find("[data-testid=preset-load]").Click();
        form.WaitForAssertion(() => Assert.Equal("Loaded 'Kansas GPP'.", form.Find("[data-testid=preset-message]").TextContent.Trim()));
        form.Find("[data-testid=optimize-submit]").Click();

        form.WaitForAssertion(() => Assert.Equal(1, Api.CountOf(HttpMethod.Post, "/api/jobs")));
        using var job = JsonDocument.Parse(Assert.Single(Api.RequestsWithBodies, request => request.Path == "/api/jobs" && request.Method == HttpMethod.Post).Body!);
        var optimize = job.RootElement.GetProperty("optimize");
        Assert.Equal(("percentile", 95, 40, 2000), (
            optimize.GetProperty("objective").GetString(),
            optimize.GetProperty("percentile").GetInt32(),
            optimize.GetProperty("lineups").GetInt32(),
            optimize.GetProperty("simulations").GetInt32()));
    }

    [Fact]
    public async Task The_optimize_request_the_ui_posts_is_the_shared_job_request_field_for_field()
    {
        Api.Json(HttpMethod.Post, "/api/jobs", QueuedJob, HttpStatusCode.Accepted);
        var model = new OptimizeFormModel { Objective = Objectives.Roi, Lineups = "40", Simulations = "5000", Seed = "7", SalaryMax = "50000", GpuOffload = true };
        model.Exposures.Add(new ExposureRow { Driver = "101", MaxPercent = "50" });
        var options = model.ToOptions(["101"], ["103"], []);

        await Services.GetRequiredService<JobsClient>().StartOptimizationAsync("Kansas GPP", "slate-1", model.GpuOffload, options, Xunit.TestContext.Current.CancellationToken);

        // Read as the API binds it (JobRequestBinder: web names, numbers only as numbers), refusing any field the contract does not name.
        var binding = new JsonSerializerOptions(JsonSerializerOptions.Web) { NumberHandling = JsonNumberHandling.Strict, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        var sent = JsonSerializer.Deserialize<JobRequest>(Assert.Single(Api.RequestsWithBodies, r => r.Method == HttpMethod.Post).Body!, binding)!;
        Assert.Equal(("optimize", "Kansas GPP", "slate-1", (bool?)true), (sent.Type, sent.Name, sent.SlateId, sent.GpuOffload));
        Assert.Null(sent.Simulate);
        Assert.Null(sent.Backtest);
        Assert.Equivalent(options, sent.Optimize, strict: true);
        Assert.Equal(new ExposureOption { Driver = "101", Min = 0, Max = 0.5 }, Assert.Single(sent.Optimize!.Exposures));
        Assert.Equal(5000, sent.Optimize.Simulations);
    }

    [Fact]
    public void A_tournament_objective_simulates_the_stored_default_and_says_how_projections_count()
    {
        var form = RenderRefusingForm(defaultSimulations: 4000);
        form.WaitForAssertion(() => Assert.Contains("Ranked by your projections", form.Find("[data-testid=optimize-points-source]").TextContent));

        var percentile = form.Find($"[data-testid=optimize-objective] fluent-option[value={Objectives.Percentile}]");
        form.Find("[data-testid=optimize-objective]").TriggerEvent("ondropdownchange", new DropdownEventArgs { SelectedOptions = percentile.Id });
        form.Find("[data-testid=optimize-history-weight]").Change("0.2");
        form.Find("[data-testid=optimize-submit]").Click();

        Assert.Equal(
            "Ranked on 4,000 simulated races. Your projections for 3 of 4 drivers set their simulated means, weighed 80 % against history's 20 %.",
            form.Find("[data-testid=optimize-points-source]").TextContent);
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        var optimize = JsonDocument.Parse(post.Body!).RootElement.GetProperty("optimize");
        Assert.Equal((4000, 0.2), (optimize.GetProperty("simulations").GetInt32(), optimize.GetProperty("historyWeight").GetDouble()));
    }

    [Fact]
    public void A_driver_group_is_built_in_the_form_and_posted_with_its_counts()
    {
        var form = RenderRefusingForm(defaultSimulations: 10000);
        form.WaitForAssertion(() => Assert.Null(form.Find("[data-testid=group-add]").GetAttribute("disabled"))); // the drivers have loaded

        form.Find("[data-testid=group-add]").Click();
        foreach (var siteId in new[] { "101", "102" })
        {
            var option = form.Find($"[data-testid=group-driver-0] fluent-option[value='{siteId}']");
            form.Find("[data-testid=group-driver-0]").TriggerEvent("ondropdownchange", new DropdownEventArgs { SelectedOptions = option.Id });
        }

        form.Find("[data-testid=group-at-least-0]").Change("0");
        form.Find("[data-testid=group-at-most-0]").Change("1");
        form.Find("[data-testid=optimize-submit]").Click();

        Assert.Equal(
            ["Kyle Larson", "Denny Hamlin"],
            form.FindAll("[data-testid=group-drivers-0] .group-chip").Select(chip => chip.TextContent.Replace("×", "", StringComparison.Ordinal).Trim()));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        var group = Assert.Single(JsonDocument.Parse(post.Body!).RootElement.GetProperty("optimize").GetProperty("groups").EnumerateArray());
        Assert.Equal(["101", "102"], group.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal((0, 1), (group.GetProperty("atLeast").GetInt32(), group.GetProperty("atMost").GetInt32()));
    }

    /// <summary>The form on the small slate, with the stored job defaults; the API refuses the job, so only what was posted counts.</summary>
    private IRenderedComponent<OptimizeForm> RenderRefusingForm(int defaultSimulations)
    {
        Api.Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates/slate-1", SlatePayloads.Slate)
            .Json(HttpMethod.Get, "/api/presets", "[]")
            .Json(HttpMethod.Get, "/api/settings/defaults", $$"""{"lineups":150,"simulations":{{defaultSimulations}}}""")
            .Json(HttpMethod.Post, "/api/jobs", "{}", HttpStatusCode.BadRequest);
        return Render<OptimizeForm>(parameters => parameters.Add(p => p.InitialSlateId, "slate-1"));
    }
}
