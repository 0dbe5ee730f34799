using System.Text.Json;
using Bunit;
using Microsoft.FluentUI.AspNetCore.Components;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Ui.Components.Results;

namespace RaceOptimizer.Ui.Tests;

public sealed class KeptPortfolioTests : UiTestContext
{
    internal const string BothKept = """
        {"built":2,"removed":[],"averageSalary":49900,"averageOwnership":140.2,"averageOwnershipProduct":0.000123,"duplicates":0.65,
         "exposures":[{"driver":"101","name":"Kyle Larson","lineups":2,"exposure":1.0,"ownership":59.2,"leverage":40.8},
                      {"driver":"102","name":"Denny Hamlin","lineups":1,"exposure":0.5,"ownership":62.0,"leverage":-12.0}],
         "points":{"min":200,"width":50,"counts":[3,7,4]}}
        """;

    private const string SecondRemoved = """
        {"built":2,"removed":[2],"averageSalary":49800,"averageOwnership":142.5,"averageOwnershipProduct":0.0002,"duplicates":0.4,
         "exposures":[{"driver":"101","name":"Kyle Larson","lineups":1,"exposure":1.0,"ownership":59.2,"leverage":40.8}],
         "points":{"min":200,"width":50,"counts":[1,4,2]}}
        """;

    [Fact]
    public void The_portfolio_panel_adds_up_the_kept_lineups_above_them()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", BothKept);

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));

        var panel = results.Find("[data-testid=portfolio-panel]");
        Assert.Equal("2 of 2", Figure(panel, "kept"));
        Assert.Equal("$49,900", Figure(panel, "average-salary"));
        Assert.Equal("140.2 %", Figure(panel, "average-ownership"));
        Assert.Equal("1.23E-4", Figure(panel, "ownership-product"));
        Assert.Equal("0.65", Figure(panel, "duplicates"));
        Assert.Equal(3, panel.QuerySelectorAll("[data-testid=portfolio-points-chart] rect").Length);
        Assert.Equal(["200", "250", "300", "350"], panel.QuerySelectorAll("[data-testid=portfolio-points-chart] .histogram-tick").Select(tick => tick.TextContent));
        // The contest figures lead the panel, out of sample first; nothing was removed, so nothing is "as built".
        Assert.NotNull(panel.QuerySelector("[data-testid=contest-out-of-sample]"));
        Assert.Empty(results.FindAll("[data-testid=contest-as-built]"));
        var exposures = results.FindAll("[data-testid=kept-exposures] tbody tr");
        Assert.Equal("+40.8", exposures[0].QuerySelector("[data-driver='101']")!.TextContent);
        Assert.Contains("over", exposures[0].QuerySelector("[data-driver='101']")!.ClassName);
        Assert.Equal("-12", exposures[1].QuerySelector("[data-driver='102']")!.TextContent);
        Assert.Contains("62 %", exposures[1].TextContent);
    }

    [Fact]
    public void Each_lineup_shows_its_figures_and_explains_its_roi()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", BothKept);

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));

        var first = results.FindAll("[data-testid=lineups-table] tbody tr")[0];
        Assert.Equal(6, first.QuerySelectorAll(".driver-chip").Length);
        Assert.Contains("$49,800", first.TextContent);
        Assert.Contains("142.5 %", first.TextContent); // ownership
        Assert.Contains("301.2", first.TextContent); // mean
        Assert.Contains("350.0", first.TextContent); // p90
        Assert.Contains("35 %", first.TextContent); // the ROI objective's in-sample value
        Assert.Contains("0.4", first.TextContent); // duplicates
        var roi = first.QuerySelector(".lineup-roi")!;
        Assert.Equal("+10 % ± 5 %", roi.TextContent);
        Assert.Contains("the portfolio's ROI above is the figure to plan on", roi.GetAttribute("title"));
    }

    [Fact]
    public void A_locked_lineup_offers_no_removal_until_it_is_unlocked()
    {
        var firstLocked = BothKept.Replace("\"removed\":[]", "\"removed\":[],\"locked\":[1]", StringComparison.Ordinal);
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", BothKept)
            .Json(HttpMethod.Put, "/api/jobs/job-1/lineups/1/lock", firstLocked)
            .Json(HttpMethod.Delete, "/api/jobs/job-1/lineups/1/lock", BothKept);
        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));
        Assert.Equal(2, results.FindAll("[data-testid=lineup-remove]").Count);

        results.FindAll("[data-testid=lineup-lock]")[0].Click();

        results.WaitForAssertion(() => Assert.Single(results.FindAll("[data-testid=lineup-remove]")));
        var locks = results.FindAll("[data-testid=lineup-lock]");
        Assert.Equal(["true", "false"], locks.Select(l => l.GetAttribute("aria-pressed")));
        Assert.Contains("is locked into the portfolio", locks[0].GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal(1, Api.CountOf(HttpMethod.Put, "/api/jobs/job-1/lineups/1/lock"));

        locks[0].Click();

        results.WaitForAssertion(() => Assert.Equal(2, results.FindAll("[data-testid=lineup-remove]").Count));
        Assert.Equal(1, Api.CountOf(HttpMethod.Delete, "/api/jobs/job-1/lineups/1/lock"));
    }

    [Fact]
    public void Removing_a_lineup_asks_the_api_and_shows_what_stays()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", BothKept).Json(HttpMethod.Delete, "/api/jobs/job-1/lineups/2", SecondRemoved);
        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));

        results.FindAll("[data-testid=lineup-remove]")[1].Click();

        results.WaitForAssertion(() => Assert.Single(results.FindAll("[data-testid=lineups-table] tbody tr")));
        Assert.Equal(1, Api.CountOf(HttpMethod.Delete, "/api/jobs/job-1/lineups/2"));
        Assert.Equal("1 of 2", Figure(results.Find("[data-testid=portfolio-panel]"), "kept"));
        Assert.Contains("the 1 removed are still in them", results.Find("[data-testid=contest-as-built]").TextContent);
        Assert.Single(results.FindAll("[data-testid=kept-exposures] tbody tr"));
        Assert.Contains("hold the 1 kept lineups", results.Markup);
        // The last lineup cannot go: an empty portfolio uploads nothing.
        Assert.Empty(results.FindAll("[data-testid=lineup-remove]"));
    }

    [Fact]
    public void Lineups_filter_by_driver_and_the_shown_ones_download_as_the_upload_file()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", BothKept);
        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));
        Assert.Empty(results.FindAll("[data-testid=download-shown]")); // unfiltered, the site's CSV holds them all
        var filter = results.Find("[data-testid=lineup-driver-filter]");
        var option = filter.QuerySelectorAll("fluent-option").Single(o => o.GetAttribute("value") == "107");

        filter.TriggerEvent("ondropdownchange", new DropdownEventArgs { Id = filter.Id, SelectedOptions = option.Id });

        var rows = results.FindAll("[data-testid=lineups-table] tbody tr");
        Assert.Equal("2", Assert.Single(rows).QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("chosen", rows[0].QuerySelector(".driver-chip[data-driver='107']")!.ClassName);
        Assert.Equal("1 of 2 lineups", results.Find("[data-testid=lineups-count]").TextContent);
        var shown = results.Find("[data-testid=download-shown]");
        Assert.Equal("downloads/jobs/job-1/dk?driver=107", shown.GetAttribute("href"));
        Assert.Equal("CSV of the 1 shown", shown.TextContent.Trim());
    }

    [Fact]
    public void Without_the_kept_lineups_every_lineup_shows_and_none_can_be_removed()
    {
        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, WithContest()));

        Assert.NotNull(results.Find("[data-testid=kept-error]"));
        Assert.Equal(2, results.FindAll("[data-testid=lineups-table] tbody tr").Count);
        Assert.Empty(results.FindAll("[data-testid=lineup-remove]"));
        Assert.NotNull(results.Find("[data-testid=contest-figures]"));
    }

    private static string Figure(AngleSharp.Dom.IElement panel, string name) => panel.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

    private static OptimizeJobResult WithContest()
    {
        var result = JsonSerializer.Deserialize<OptimizeJobResult>(ResultsTests.WithContest, JsonSerializerOptions.Web)!;
        return result with
        {
            Lineups = [result.Lineups[0] with { Ownership = 142.5, OwnershipProduct = 0.0002, Duplicates = 0.4 }, result.Lineups[1] with { Ownership = 137.9, OwnershipProduct = 0.00005, Duplicates = 0.25 }],
        };
    }
}
