using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Races;

namespace RaceOptimizer.Ui.Tests;

public sealed class RacesTests : UiTestContext
{
    private static SlateDetails Slate => JsonSerializer.Deserialize<SlateDetails>(SlatePayloads.Slate, JsonSerializerOptions.Web)!;

    [Fact]
    public void Import_lists_every_problem_of_the_files_by_file_and_line()
    {
        Api.Json(HttpMethod.Post, "/api/slates", """
            {"title":"The files cannot be imported","status":400,"detail":"2 problems in grid.csv, projections.csv; the first: ...",
             "problems":[{"file":"grid.csv","line":3,"column":2,"message":"'x' is not a starting position"},
                         {"file":"projections.csv","line":7,"column":null,"message":"driver 'Nobody' is not in the salary file"}]}
            """, HttpStatusCode.BadRequest);
        var form = Render<SlateImportForm>();
        var inputs = form.FindComponents<InputFile>();

        inputs[0].UploadFiles(InputFileContent.CreateFromText("Position,Name + ID\n", "DKSalaries.csv"));
        inputs[1].UploadFiles(InputFileContent.CreateFromText("driver,start\nKyle Larson,x\n", "grid.csv"));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=import-grid-ready]")));
        form.Find("[data-testid=import-submit]").Click();

        form.WaitForAssertion(() => Assert.Equal(2, form.FindAll("[data-testid=import-problems] tbody tr").Count));
        var rows = form.FindAll("[data-testid=import-problems] tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList()).ToList();
        Assert.Equal(["grid.csv", "3", "2", "'x' is not a starting position"], rows[0]);
        Assert.Equal(["projections.csv", "7", "", "driver 'Nobody' is not in the salary file"], rows[1]);
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Contains("name=salaries; filename=DKSalaries.csv", post.Body, StringComparison.Ordinal);
        Assert.Contains("name=grid; filename=grid.csv", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_race_date_given_in_the_dialog_goes_with_the_files()
    {
        Api.Json(HttpMethod.Post, "/api/slates", SlatePayloads.Slate, HttpStatusCode.Created);
        SlateDetails? imported = null;
        var form = Render<SlateImportForm>(parameters => parameters.Add(p => p.OnImported, slate => imported = slate));

        form.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("Position,Name + ID\n", "DKSalaries.csv"));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=import-salaries-ready]")));
        form.Find("[data-testid=import-date]").Change("2025-07-27");
        form.Find("[data-testid=import-submit]").Click();

        form.WaitForAssertion(() => Assert.NotNull(imported));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Matches("name=date\\s+2025-07-27", post.Body);
    }

    [Fact]
    public void A_FanDuel_list_goes_with_the_series_and_the_track_picked_in_the_dialog()
    {
        Api.Json(HttpMethod.Get, "/api/tracks", """
            [{"name":"Daytona International Speedway","type":"Superspeedway","miles":2.5,"aliases":["Daytona"]},
             {"name":"Indianapolis Motor Speedway","type":"Flat","miles":2.5,"aliases":["Indianapolis","Indy","IMS"]}]
            """);
        Api.Json(HttpMethod.Post, "/api/slates", SlatePayloads.Slate, HttpStatusCode.Created);
        SlateDetails? imported = null;
        var form = Render<SlateImportForm>(parameters => parameters.Add(p => p.OnImported, slate => imported = slate));

        form.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("Id,Position,First Name\n", "FanDuel-NASCAR.csv"));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=import-salaries-ready]")));
        Pick(form.Find("[data-testid=import-series]"), "Cup");
        Pick(form.Find("[data-testid=import-track]"), "Indianapolis Motor Speedway");
        form.Find("[data-testid=import-submit]").Click();

        form.WaitForAssertion(() => Assert.NotNull(imported));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.Matches("name=series\\s+Cup", post.Body);
        Assert.Matches("name=track\\s+Indianapolis Motor Speedway", post.Body);
    }

    [Fact]
    public void Left_to_the_salary_file_the_series_and_track_are_not_sent()
    {
        Api.Json(HttpMethod.Get, "/api/tracks", """[{"name":"Indianapolis Motor Speedway","type":"Flat","miles":2.5,"aliases":["Indianapolis"]}]""");
        Api.Json(HttpMethod.Post, "/api/slates", SlatePayloads.Slate, HttpStatusCode.Created);
        SlateDetails? imported = null;
        var form = Render<SlateImportForm>(parameters => parameters.Add(p => p.OnImported, slate => imported = slate));

        var track = form.Find("[data-testid=import-track]");
        Assert.Equal(["From the salary file", "Indianapolis Motor Speedway"], track.QuerySelectorAll("fluent-option").Select(o => o.TextContent.Trim()));
        form.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("Position,Name + ID\n", "DKSalaries.csv"));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=import-salaries-ready]")));
        form.Find("[data-testid=import-submit]").Click();

        form.WaitForAssertion(() => Assert.NotNull(imported));
        var post = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Post);
        Assert.DoesNotContain("name=series", post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("name=track", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_race_page_lists_what_the_grid_changed()
    {
        var slate = SlatePayloads.Slate.Replace(
            "\"hasResults\":false,",
            """
            "hasResults":false,"adjustments":[
              {"kind":"DidNotQualify","driver":"No Projection","detail":"not on the starting grid: did not qualify or withdrew"},
              {"kind":"FieldCar","driver":"Jimmie Johnson","detail":"on the grid (start 37) but not on the slate"}],
            """,
            StringComparison.Ordinal);
        Api.Json(HttpMethod.Get, $"/api/slates/{SlatePayloads.SlateId}", slate);

        var page = Render<Components.Pages.Race>(parameters => parameters.Add(p => p.SlateId, SlatePayloads.SlateId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=slate-adjustments] tbody tr").Count));
        var rows = page.FindAll("[data-testid=slate-adjustments] tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList()).ToList();
        Assert.Equal(["No Projection", "Did not qualify", "not on the starting grid: did not qualify or withdrew"], rows[0]);
        Assert.Equal(["Jimmie Johnson", "Field car", "on the grid (start 37) but not on the slate"], rows[1]);
    }

    [Fact]
    public void The_race_page_shows_the_latest_simulation_beside_the_projections()
    {
        const string Simulated = """
            {"simulations":10000,"seed":7,"laps":267,"startsDrawn":false,"meanLaps":267,"meanCautions":7.2,"pointsMatrixKept":true,"projections":[],
             "drivers":[{"name":"Kyle Larson","siteId":"101","salary":11200,"start":3,"strength":1.2,"strengthSource":"Blend",
               "draftKings":{"mean":60.5,"p10":30,"p50":58,"p90":90},"fanDuel":{"mean":50,"p10":25,"p50":48,"p90":75},
               "win":0.2,"top5":0.6,"top10":0.8,"meanFinish":5.1,"expectedLapsLed":60,"expectedFastestLaps":20,"notFinishing":0.05,
               "optimalLineupShare":0.42}]}
            """;
        var job = $$"""
            {"id":"sim-1","name":"Simulate DK Cup Kansas","type":"simulate","status":"completed","slateId":"slate-1","gpuOffload":false,
             "config":{},"result":{{Simulated}},"error":null,"progressPercent":100,"progressMessage":"completed","executionMode":"local","fallbackReason":null,
             "deviceName":null,"workerInstance":null,"traceId":null,"createdAt":"2026-11-29T18:00:00Z","startedAt":"2026-11-29T18:00:01Z",
             "finishedAt":"2026-11-29T18:00:04Z","durationMs":3000,"rerunOf":null,"attempts":1}
            """;
        Api.Json(HttpMethod.Get, $"/api/slates/{SlatePayloads.SlateId}", SlatePayloads.Slate)
            .Json(HttpMethod.Get, "/api/jobs", $$"""{"items":[{{job}}],"page":1,"pageSize":1,"total":1}""")
            .Json(HttpMethod.Get, "/api/jobs/sim-1", job);

        var page = Render<Components.Pages.Race>(parameters => parameters.Add(p => p.SlateId, SlatePayloads.SlateId));

        page.WaitForAssertion(() => Assert.Equal("60.5", page.Find("[data-testid=sim-mean-101]").TextContent));
        Assert.Equal("30.0–90.0", page.Find("[data-testid=sim-range-101]").TextContent);
        Assert.Equal("5.40", page.Find("[data-testid=sim-value-101]").TextContent); // 60.5 points for $11,200
        Assert.Equal("–", page.Find("[data-testid=sim-mean-104]").TextContent);
        Assert.Equal("42 %", page.Find("[data-testid=sim-optimal-101]").TextContent);
        Assert.Contains("Simulated: 10,000 races", page.Find("[data-testid=race-simulation]").TextContent, StringComparison.Ordinal);
        var query = Assert.Single(Api.QueriesOf(HttpMethod.Get, "/api/jobs"));
        Assert.Contains("status=completed", query, StringComparison.Ordinal);
        Assert.Contains("type=simulate", query, StringComparison.Ordinal);
        Assert.Contains("slateId=slate-1", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Slates_are_told_apart_by_series_track_date_and_import_time()
    {
        var dated = JsonSerializer.Deserialize<List<SlateSummary>>(SlatePayloads.Slates, JsonSerializerOptions.Web)![0];
        var undated = dated with { Id = "slate-2", Race = dated.Race with { Date = null }, CreatedAt = dated.CreatedAt.AddHours(2) };

        var list = Render<SlateList>(parameters => parameters.Add(p => p.Slates, [undated, dated]));

        var rows = list.FindAll("[data-testid=slate-list] tbody tr");
        Assert.Contains("Cup · Kansas (Intermediate)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("undated", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-09-27", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [undated.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), dated.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            list.FindAll("[data-testid=slate-imported]").Select(cell => cell.TextContent));
    }

    [Fact]
    public void The_race_page_renames_its_slate_from_its_header()
    {
        Api.Json(HttpMethod.Get, $"/api/slates/{SlatePayloads.SlateId}", SlatePayloads.Slate)
            .Json(HttpMethod.Patch, $"/api/slates/{SlatePayloads.SlateId}", SlatePayloads.Slate.Replace("DK Cup Kansas", "Kansas late build", StringComparison.Ordinal));
        var page = Render(builder =>
        {
            builder.OpenComponent<Microsoft.FluentUI.AspNetCore.Components.FluentProviders>(0);
            builder.CloseComponent();
            builder.OpenComponent<Components.Pages.Race>(1);
            builder.AddAttribute(2, nameof(Components.Pages.Race.SlateId), SlatePayloads.SlateId);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.Equal("DK Cup Kansas", page.Find("[data-testid=race-name]").TextContent));

        page.Find("[data-testid=race-rename]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rename-name]")));
        page.Find("[data-testid=rename-name]").Change("Kansas late build");
        page.Find("[data-testid=rename-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Kansas late build", page.Find("[data-testid=race-name]").TextContent));
        var patch = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Patch);
        Assert.Equal("""{"name":"Kansas late build"}""", patch.Body);
    }

    [Fact]
    public void A_picker_names_a_slate_once_with_its_race_date_or_else_its_import_time()
    {
        var dated = JsonSerializer.Deserialize<List<SlateSummary>>(SlatePayloads.Slates, JsonSerializerOptions.Web)![0];
        var sameName = dated with { Name = dated.Race.Name, Race = dated.Race with { Date = null } };

        Assert.Equal("DK Cup Kansas (Hollywood Casino 400) · 2026-09-27", SlateLabel.Of(dated));
        Assert.Equal(
            $"Hollywood Casino 400 · {dated.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}",
            SlateLabel.Of(sameName));
    }

    [Fact]
    public void Deleting_a_slate_asks_first_and_keeping_it_sends_nothing()
    {
        Api.Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates);
        var page = Render(builder =>
        {
            builder.OpenComponent<Microsoft.FluentUI.AspNetCore.Components.FluentProviders>(0);
            builder.CloseComponent();
            builder.OpenComponent<Components.Pages.Races>(1);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=slate-delete]")));

        page.Find("[data-testid=slate-delete]").Click();
        page.WaitForAssertion(() => Assert.Contains("with its projections, locks and attached results?", page.Markup, StringComparison.Ordinal));
        Assert.Single(page.FindAll("fluent-dialog fluent-button"), button => button.TextContent.Trim() == "Keep").Click();

        page.WaitForAssertion(() => Assert.DoesNotContain("attached results?", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(Api.Requests, request => request.Method == HttpMethod.Delete);
    }

    [Fact]
    public void A_slate_is_renamed_from_the_list_and_a_refused_name_says_why()
    {
        Api.Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates)
            .Json(HttpMethod.Get, "/api/slates", SlatePayloads.Slates.Replace("DK Cup Kansas", "Kansas late build", StringComparison.Ordinal))
            .Json(HttpMethod.Patch, "/api/slates/slate-1", """
                {"title":"The request has invalid fields","status":400,"errors":{"name":["A slate needs a name."]}}
                """, HttpStatusCode.BadRequest)
            .Json(HttpMethod.Patch, "/api/slates/slate-1", SlatePayloads.Slate.Replace("DK Cup Kansas", "Kansas late build", StringComparison.Ordinal));
        var page = Render(builder =>
        {
            builder.OpenComponent<Microsoft.FluentUI.AspNetCore.Components.FluentProviders>(0);
            builder.CloseComponent();
            builder.OpenComponent<Components.Pages.Races>(1);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=slate-rename]")));

        page.Find("[data-testid=slate-rename]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rename-name]")));
        page.Find("[data-testid=rename-name]").Change(" ");
        page.Find("[data-testid=rename-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("A slate needs a name.", page.Find("[data-testid=error-name]").TextContent));
        page.Find("[data-testid=rename-name]").Change("Kansas late build");
        page.Find("[data-testid=rename-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Kansas late build", page.Find("[data-testid=slate-link]").TextContent));
        var patches = Api.RequestsWithBodies.Where(request => request.Method == HttpMethod.Patch).Select(request => request.Body).ToList();
        Assert.Equal(["""{"name":" "}""", """{"name":"Kansas late build"}"""], patches);
    }

    [Fact]
    public void Value_is_points_per_thousand_dollars_colored_by_tier()
    {
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, Slate));

        Assert.Equal("6.51", table.Find("[data-testid=value-101]").TextContent);
        Assert.Contains("value-good", table.Find("[data-testid=value-101]").ClassName);
        Assert.Equal("4.50", table.Find("[data-testid=value-102]").TextContent);
        Assert.Contains("value-fair", table.Find("[data-testid=value-102]").ClassName);
        Assert.Contains("value-poor", table.Find("[data-testid=value-103]").ClassName);
        Assert.Equal("–", table.Find("[data-testid=value-104]").TextContent);
    }

    [Fact]
    public void A_projection_typed_in_the_table_is_saved_and_shown_with_its_new_value()
    {
        Api.Json(HttpMethod.Patch, "/api/slates/slate-1/drivers/102",
            """{"name":"Denny Hamlin","siteId":"102","salary":10000,"start":16,"projection":70,"projectedFinish":3.7,"ownership":57.9,"avgPointsPerGame":58.5}""");
        SlateDetails? changed = null;
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, Slate).Add(p => p.SlateChanged, slate => changed = slate));

        table.Find("[data-testid=projection-102]").Change("70");

        table.WaitForAssertion(() => Assert.NotNull(changed));
        Assert.Equal(70, changed!.Drivers.Single(d => d.SiteId == "102").Projection);
        var patch = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Patch);
        Assert.Equal("""{"projection":70}""", patch.Body);
    }

    [Fact]
    public void An_ownership_typed_in_the_table_is_saved_alone_and_shown_with_its_new_value()
    {
        Api.Json(HttpMethod.Patch, "/api/slates/slate-1/drivers/102",
            """{"name":"Denny Hamlin","siteId":"102","salary":10000,"start":16,"projection":45,"projectedFinish":3.7,"ownership":12.5,"avgPointsPerGame":58.5}""");
        SlateDetails? changed = null;
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, Slate).Add(p => p.SlateChanged, slate => changed = slate));

        table.Find("[data-testid=ownership-102]").Change("12.5");

        table.WaitForAssertion(() => Assert.NotNull(changed));
        Assert.Equal(12.5, changed!.Drivers.Single(d => d.SiteId == "102").Ownership);
        var patch = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Patch);
        Assert.Equal("""{"ownership":12.5}""", patch.Body);
    }

    [Fact]
    public void An_ownership_the_api_refuses_is_reported_with_its_reason()
    {
        Api.Json(HttpMethod.Patch, "/api/slates/slate-1/drivers/102",
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"ownership":["must be a percent from 0 to 100, or null to clear it"]}}""",
            HttpStatusCode.BadRequest);
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, Slate));

        table.Find("[data-testid=ownership-102]").Change("150");

        table.WaitForAssertion(() => Assert.Contains("must be a percent from 0 to 100", table.Markup));
        Assert.Contains("The ownership was not saved", table.Markup);
    }

    [Fact]
    public void Lock_and_exclude_are_saved_with_the_slate_and_a_driver_is_never_both()
    {
        var excluded = Slate with { Choices = new DriverChoicesInfo([], ["101"]) };
        Api.Json(HttpMethod.Put, ChoicesPath, JsonSerializer.Serialize(Slate with { Choices = new DriverChoicesInfo(["101"], []) }, JsonSerializerOptions.Web));
        SlateDetails? changed = null;
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, excluded).Add(p => p.SlateChanged, slate => changed = slate));
        Assert.Equal("true", table.Find("[data-testid=exclude-101]").GetAttribute("aria-pressed"));
        Assert.Contains("excluded-row", table.Find("[data-testid=exclude-101]").Closest("tr")!.ClassName, StringComparison.Ordinal);

        table.Find("[data-testid=lock-101]").Click();

        table.WaitForAssertion(() => Assert.NotNull(changed));
        Assert.Equal(["101"], changed!.Choices.Locked);
        Assert.Empty(changed.Choices.Excluded);
        var put = Assert.Single(Api.RequestsWithBodies, request => request.Method == HttpMethod.Put);
        Assert.Equal("""{"locked":["101"],"excluded":[]}""", put.Body);
    }

    [Fact]
    public void Choices_the_optimizer_would_refuse_are_warned_at_once_and_not_kept()
    {
        Api.Json(HttpMethod.Put, ChoicesPath,
            """{"title":"The request has invalid fields","status":400,"errors":{"locked":["The locked drivers cost 52,000; with the cheapest drivers left a lineup costs 58,000, over the 50,000 maximum."]}}""",
            HttpStatusCode.BadRequest);
        SlateDetails? changed = null;
        var table = Render<DriverTable>(parameters => parameters.Add(p => p.Slate, Slate).Add(p => p.SlateChanged, slate => changed = slate));

        table.Find("[data-testid=lock-102]").Click();

        table.WaitForAssertion(() => Assert.Contains("over the 50,000 maximum", table.Find("[data-testid=choice-refused]").TextContent, StringComparison.Ordinal));
        Assert.Null(changed);
        Assert.Equal("false", table.Find("[data-testid=lock-102]").GetAttribute("aria-pressed"));
    }

    private static string ChoicesPath => $"/api/slates/{SlatePayloads.SlateId}/choices";

    /// <summary>Chooses an option of a Fluent select as the browser does.</summary>
    private static void Pick(AngleSharp.Dom.IElement select, string value)
    {
        var option = select.QuerySelectorAll("fluent-option").Single(o => o.GetAttribute("value") == value);
        select.TriggerEvent("ondropdownchange", new DropdownEventArgs { Id = select.Id, SelectedOptions = option.Id });
    }
}
