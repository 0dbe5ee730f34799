using System.Text.Json;
using Bunit;
using RaceOptimizer.Contracts.Jobs;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Ui.Api;
using RaceOptimizer.Ui.Components.Jobs;
using RaceOptimizer.Ui.Components.Results;

namespace RaceOptimizer.Ui.Tests;

public sealed class ResultsTests : UiTestContext
{
    internal const string Optimized = """
        {"site":"DraftKings","objective":"tail","simulations":1000,"computeMs":12.5,"target":300,
         "lineups":[
           {"drivers":["101","102","103","104","105","106"],"names":["Kyle Larson","Denny Hamlin","C","D","E","F"],"salary":49800,"projectedPoints":301.2,
            "stdDev":40,"p10":250,"p50":300,"p90":350,"pTop1":0.02,"roi":null,"cashRate":null,"winRate":null,
            "histogram":{"min":200,"width":50,"counts":[1,4,2]}},
           {"drivers":["101","107","108","109","110","111"],"names":["Kyle Larson","G","H","I","J","K"],"salary":50000,"projectedPoints":290,
            "stdDev":38,"p10":240,"p50":290,"p90":340,"pTop1":0.01,"roi":null,"cashRate":null,"winRate":null,
            "histogram":{"min":200,"width":50,"counts":[2,3,2]}}],
         "exposures":[{"driver":"101","name":"Kyle Larson","lineups":2,"exposure":1.0},{"driver":"102","name":"Denny Hamlin","lineups":1,"exposure":0.5}]}
        """;

    private static OptimizeJobResult Result => JsonSerializer.Deserialize<OptimizeJobResult>(Optimized, JsonSerializerOptions.Web)!;

    [Fact]
    public void Lineups_exposures_histogram_and_actual_points_after_the_race()
    {
        var actual = new SlateResults("slate-1", "DraftKings", new ResultRaceInfo("Race", "Cup", null, null), DateTimeOffset.UnixEpoch, [Scored("101", "Kyle Larson", 60), Scored("102", "Denny Hamlin", 40), Scored("107", "G", 10)], [], []);
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", KeptPortfolioTests.BothKept);

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, Result).Add(p => p.Actual, actual));

        var rows = results.FindAll("[data-testid=lineups-table] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Kyle Larson", "Denny Hamlin", "C", "D", "E", "F"], rows[0].QuerySelectorAll(".driver-chip").Select(chip => chip.TextContent));
        Assert.Contains("301.2", rows[0].TextContent);
        Assert.Contains("100.0", rows[0].TextContent); // 60 + 40 actual
        Assert.Contains("70.0", rows[1].TextContent);
        Assert.Equal(["Kyle Larson", "Denny Hamlin"], results.FindAll("[data-testid=kept-exposures] tbody tr").Select(row => row.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal(3, results.FindAll("[data-testid=lineup-histogram-chart] rect").Count);
        Assert.Equal("downloads/jobs/job-1/dk", results.Find("[data-testid=download-dk]").GetAttribute("href"));
        Assert.Empty(results.FindAll("[data-testid=download-fd]")); // a DraftKings portfolio has no FanDuel file to offer

        results.FindAll("[data-testid=lineup-histogram]")[1].Click();

        Assert.Contains("lineup 2", results.Markup);
    }

    [Fact]
    public void A_FanDuel_portfolio_offers_FanDuels_CSV_and_fills_FanDuels_entries_file()
    {
        Api.Json(HttpMethod.Get, "/api/jobs/job-1/portfolio", KeptPortfolioTests.BothKept);
        var fanDuel = JsonSerializer.Deserialize<OptimizeJobResult>(Optimized.Replace("\"site\":\"DraftKings\"", "\"site\":\"FanDuel\"", StringComparison.Ordinal), JsonSerializerOptions.Web)!;

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, fanDuel));

        Assert.Equal("downloads/jobs/job-1/fd", results.Find("[data-testid=download-fd]").GetAttribute("href"));
        Assert.Equal("Fill a FanDuel entries file", results.Find("[data-testid=entries-fill]").GetAttribute("aria-label"));
    }

    internal const string WithContest = """
        {"site":"DraftKings","objective":"roi","simulations":1000,"computeMs":40.2,"target":null,"ownershipEstimated":false,
         "lineups":[
           {"drivers":["101","102","103","104","105","106"],"names":["Kyle Larson","Denny Hamlin","C","D","E","F"],"salary":49800,"projectedPoints":301.2,"objective":0.35,
            "stdDev":40,"p10":250,"p50":300,"p90":350,"pTop1":0.02,"roi":0.1,"roiStdError":0.05,"cashRate":0.3,"cashRateStdError":0.01,
            "topOnePercentRate":0.02,"topOnePercentRateStdError":0.004,"winRate":0.001,"winRateStdError":0.0003,"histogram":null},
           {"drivers":["101","107","108","109","110","111"],"names":["Kyle Larson","G","H","I","J","K"],"salary":50000,"projectedPoints":290,"objective":0.2,
            "stdDev":38,"p10":240,"p50":290,"p90":340,"pTop1":0.01,"roi":-0.05,"roiStdError":0.04,"cashRate":0.25,"cashRateStdError":0.01,
            "topOnePercentRate":0.01,"topOnePercentRateStdError":0.003,"winRate":0.0005,"winRateStdError":0.0002,"histogram":null}],
         "notStarting":[],
         "exposures":[{"driver":"101","name":"Kyle Larson","lineups":2,"exposure":1.0}],
         "contest":{"entries":1000,"entryFee":5,"fieldSize":1000,"roi":-0.083,"roiStdError":0.021,"cashRate":0.214,"topOnePercentRate":0.0123,"winRate":0.00042,
           "outOfSample":{"roi":-0.083,"roiStdError":0.021,"cashRate":0.214,"cashRateStdError":0.006,"topOnePercentRate":0.0123,"topOnePercentRateStdError":0.0011,
                          "winRate":0.00042,"winRateStdError":0.0001,"bestLineupMean":287.46,"bestLineupMeanStdError":1.23,"bestLineupP99":356.7,"simulations":2000},
           "inSample":{"roi":0.412,"roiStdError":0.033,"cashRate":0.297,"cashRateStdError":0.007,"topOnePercentRate":0.0345,"topOnePercentRateStdError":0.0019,
                       "winRate":0.0011,"winRateStdError":0.0002,"bestLineupMean":301.88,"bestLineupMeanStdError":1.11,"bestLineupP99":371.2,"simulations":1000}},
         "field":{"opponents":998,"ownership":[
           {"driver":"101","name":"Kyle Larson","target":59.2,"estimated":false,"achieved":58.7},
           {"driver":"107","name":"G","target":12.4,"estimated":true,"achieved":12.9}]}}
        """;

    [Fact]
    public void The_headline_contest_figures_are_out_of_sample_with_the_in_sample_ones_beside_them()
    {
        var result = JsonSerializer.Deserialize<OptimizeJobResult>(WithContest, JsonSerializerOptions.Web)!;

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, result));

        var headline = results.Find("[data-testid=contest-out-of-sample]");
        Assert.Contains("Out of sample (fresh races, fresh field)", headline.TextContent);
        Assert.Equal("-8.3 % ± 2.1 %", headline.QuerySelector("[data-figure=roi]")!.TextContent.Trim());
        Assert.Equal("21.4 % ± 0.6 %", headline.QuerySelector("[data-figure=cash-rate]")!.TextContent.Trim());
        Assert.Equal("1.23 % ± 0.11 %", headline.QuerySelector("[data-figure=top-1]")!.TextContent.Trim());
        Assert.Equal("287.5 ± 1.2", headline.QuerySelector("[data-figure=best-lineup-mean]")!.TextContent.Trim());
        Assert.Equal("356.7", headline.QuerySelector("[data-figure=best-lineup-p99]")!.TextContent.Trim());
        var inSample = results.Find("[data-testid=contest-in-sample]");
        Assert.Contains("In sample (the races that chose the portfolio: optimistic)", inSample.TextContent);
        Assert.Equal("41.2 % ± 3.3 %", inSample.QuerySelector("[data-figure=roi]")!.TextContent.Trim());
        Assert.Equal("301.9 ± 1.1", inSample.QuerySelector("[data-figure=best-lineup-mean]")!.TextContent.Trim());
        // The headline comes first, and only it is marked as the headline.
        var cards = results.FindAll("[data-testid=contest-figures] .contest-card");
        Assert.Equal("contest-out-of-sample", cards[0].GetAttribute("data-testid"));
        Assert.Single(results.FindAll(".contest-headline"));
        Assert.Empty(results.FindAll("[data-testid=contest-no-holdout]"));
        Assert.Contains("your projections included", results.Find("[data-testid=contest-assumes]").TextContent);
    }

    [Fact]
    public void Field_ownership_shows_targets_achieved_shares_and_marks_estimated_targets()
    {
        var result = JsonSerializer.Deserialize<OptimizeJobResult>(WithContest, JsonSerializerOptions.Web)!;

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, result));

        var field = results.Find("[data-testid=field-ownership]");
        Assert.Contains("Field ownership", field.TextContent);
        Assert.Contains("Field of 998 opponents + your 2 entries = contest of 1,000", results.Find("[data-testid=field-size]").TextContent);
        var rows = results.FindAll("[data-testid=field-ownership-table] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Kyle Larson", rows[0].TextContent);
        Assert.Contains("59.2", rows[0].TextContent);
        Assert.Contains("58.7", rows[0].TextContent);
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=ownership-estimated]"));
        var badge = Assert.Single(rows[1].QuerySelectorAll("[data-testid=ownership-estimated]"));
        Assert.Equal("fluent-badge", badge.LocalName);
        Assert.Contains("estimated", badge.TextContent);
        Assert.Contains("12.4", rows[1].TextContent);
        Assert.Contains("12.9", rows[1].TextContent);
    }

    [Fact]
    public void Without_a_holdout_the_in_sample_figures_are_the_headline_and_say_they_flatter()
    {
        var result = JsonSerializer.Deserialize<OptimizeJobResult>(WithContest, JsonSerializerOptions.Web)!;
        result = result with { Contest = result.Contest! with { OutOfSample = null } };

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, result));

        Assert.Empty(results.FindAll("[data-testid=contest-out-of-sample]"));
        Assert.Contains("contest-headline", results.Find("[data-testid=contest-in-sample]").ClassName);
        Assert.Contains("flatter", results.Find("[data-testid=contest-no-holdout]").TextContent);
    }

    [Fact]
    public void No_contest_or_field_sections_without_simulations()
    {
        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, Result));

        Assert.Empty(results.FindAll("[data-testid=contest-figures]"));
        Assert.Empty(results.FindAll("[data-testid=field-ownership]"));
    }

    [Fact]
    public void Backtest_shows_the_model_beside_both_baselines_and_coverage_by_race()
    {
        var backtest = JsonSerializer.Deserialize<BacktestJobResult>("""
            {"summary":{"model":{"spearman":0.55,"mae":9.1,"winnerLogLoss":2.3,"top10Brier":0.12,"coverage80":0.78},
                        "baselines":{"recentForm":{"spearman":0.45,"mae":10.2,"winnerLogLoss":2.9,"top10Brier":0.15,"coverage80":0.7},
                                     "startPosition":{"spearman":0.3,"mae":11.5,"winnerLogLoss":3.1,"top10Brier":0.16,"coverage80":0.65}}},
             "races":[{"race":"Daytona 500","date":"2023-02-19","trackType":"Superspeedway","drivers":40,
                       "model":{"spearman":0.2,"mae":15,"winnerLogLoss":3.5,"top10Brier":0.2,"coverage80":0.8},
                       "baselines":{"recentForm":{"spearman":0.1,"mae":16,"winnerLogLoss":3.6,"top10Brier":0.21,"coverage80":0.7},
                                    "startPosition":{"spearman":0.05,"mae":17,"winnerLogLoss":3.7,"top10Brier":0.22,"coverage80":0.6}}}],
             "series":"Cup","from":"2023-01-01","to":"2023-12-31","simulations":1000,"seed":1}
            """, JsonSerializerOptions.Web)!;

        var results = Render<BacktestResults>(parameters => parameters.Add(p => p.Result, backtest));

        var forecasts = results.FindAll("[data-testid=backtest-metrics] tbody tr");
        Assert.Equal(["Model", "Recent form", "Start position"], forecasts.Select(row => row.GetAttribute("data-forecast")));
        Assert.Contains("0.55", forecasts[0].TextContent);
        Assert.Contains("80 %", results.Find("[data-testid=calibration-chart]").TextContent);
    }

    [Fact]
    public void Job_details_show_where_and_how_the_job_ran()
    {
        var job = JsonSerializer.Deserialize<JobView>("""
            {"id":"job-9","name":"Kansas GPU","type":"optimize","status":"completed","slateId":"slate-1","gpuOffload":true,
             "config":{"lineups":20},"result":null,"error":null,"progressPercent":100,"progressMessage":null,
             "executionMode":"fallback","fallbackReason":"gpu worker timed out after 30 s","deviceName":"CPU","workerInstance":null,"traceId":"6e0c63257de34c92bf9efcd03927272e","createdAt":"2026-11-29T18:00:00Z",
             "startedAt":"2026-11-29T18:00:01Z","finishedAt":"2026-11-29T18:00:03Z","durationMs":2000,"rerunOf":null,"attempts":1}
            """, JsonSerializerOptions.Web)!;

        var details = Render<JobDetails>(parameters => parameters.Add(p => p.Job, job).Add(p => p.InitialTab, "execution"));

        Assert.Equal("CPU fallback", details.Find("[data-testid=job-mode]").TextContent);
        Assert.Equal("gpu worker timed out after 30 s", details.Find("[data-testid=job-fallback]").TextContent);
        Assert.Equal("CPU", details.Find("[data-testid=job-device]").TextContent);
    }

    [Fact]
    public void An_optimize_says_when_the_races_it_chose_on_were_simulated_again()
    {
        var reSimulated = Result with { ReSimulated = new ReSimulatedRaces("job-7", 10_000, 42, "its points were evicted by the simulation quota on 2026-12-01 10:00 UTC") };

        var results = Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, reSimulated));

        Assert.Contains(
            "10,000 races of job job-7, seed 42: its points were evicted by the simulation quota on 2026-12-01 10:00 UTC.",
            results.Find("[data-testid=races-resimulated]").TextContent);
        Assert.Empty(Render<OptimizeResults>(parameters => parameters.Add(p => p.JobId, "job-1").Add(p => p.Result, Result)).FindAll("[data-testid=races-resimulated]"));
    }

    [Fact]
    public void A_simulation_says_when_its_points_were_evicted_or_never_kept()
    {
        var simulated = new SimulateJobResult(10_000, 42, 267, false, 267, 6.8, true, [], []);

        var evicted = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-7").Add(p => p.Result, simulated)
            .Add(p => p.PointsEvictedAt, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)));
        var tooLarge = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-8")
            .Add(p => p.Result, simulated with { PointsMatrixKept = false, PointsMatrixNote = "not kept: larger than the simulation quota" }));
        var kept = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-9").Add(p => p.Result, simulated));

        Assert.Contains("Removed 2026-12-01 10:00 UTC", evicted.Find("[data-testid=points-evicted]").TextContent);
        Assert.Contains("seed 42", evicted.Find("[data-testid=points-evicted]").TextContent);
        Assert.Contains("larger than the simulation quota", tooLarge.Find("[data-testid=points-not-kept]").TextContent);
        Assert.Empty(kept.FindAll("[data-testid=points-evicted], [data-testid=points-not-kept]"));
    }

    [Fact]
    public void A_simulation_draws_each_driver_s_spread_in_order_of_mean_and_shows_his_share_of_laps_led()
    {
        static DriverSimulation Driver(string name, string siteId, double mean, double lapsLed) => new(
            name, siteId, 9000, 1, 1, "History", new PointsDistributionInfo(mean, mean - 30, mean - 2, mean + 35), new PointsDistributionInfo(0, 0, 0, 0),
            0.1, 0.4, 0.6, 8, lapsLed, 10, 0.05);
        var simulated = new SimulateJobResult(10_000, 42, 200, false, 200, 6.8, true, [], [Driver("Denny Hamlin", "102", 40, 20), Driver("Kyle Larson", "101", 55, 80)]);

        var results = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-9").Add(p => p.Result, simulated));

        var rows = results.FindAll("[data-testid=simulation-spread] [data-testid=spread-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Kyle Larson: mean 55, median 53, 10th–90th percentile 25–90", rows[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kyle Larson", rows[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("40 %", results.Find("[data-testid=simulation-drivers]").TextContent, StringComparison.Ordinal); // 80 of 200 laps led
    }

    [Fact]
    public void A_simulation_shows_finishing_odds_by_band_of_positions_best_mean_finish_first()
    {
        // A 12-car field: bands 1st, 2nd-3rd, 4th-5th, 6th-10th and 11th-12th.
        double[] front = [0.30, 0.20, 0.10, 0.10, 0.05, 0.05, 0.05, 0.05, 0.04, 0.03, 0.02, 0.01];
        double[] back = [0.004, 0, 0, 0, 0, 0, 0.1, 0.1, 0.1, 0.2, 0.2, 0.296];
        var simulated = new SimulateJobResult(10_000, 42, 200, false, 200, 6.8, true, [],
        [
            Driver("Back Marker", "103", 9.5) with { FinishOdds = back },
            Driver("Not Starting", "104", 0) with { FinishOdds = [] },
            Driver("Front Runner", "101", 3.2) with { FinishOdds = front },
            Driver("Old Result", "105", 6),
        ]);

        var heatMap = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-9").Add(p => p.Result, simulated)).Find("[data-testid=finish-odds]");

        Assert.Equal(["1st", "2–3", "4–5", "6–10", "11–12"], heatMap.QuerySelectorAll("[data-testid=finish-band]").Select(b => b.TextContent));
        var rows = heatMap.QuerySelectorAll("[data-testid=finish-odds-row]");
        Assert.Equal(2, rows.Length); // no odds to show for a driver who does not start, nor in a result stored before them
        Assert.Equal(["Front Runner", "30", "30", "15", "22", "3"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal(["Back Marker", "<1", "", "", "50", "50"], rows[1].Children.Select(c => c.TextContent));
        Assert.Equal("Front Runner finishes 6th to 10th: 22 %", rows[0].Children[4].GetAttribute("title"));
        Assert.Contains("12-car field", heatMap.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulation_shows_each_driver_s_share_of_optimal_lineups_or_says_why_not()
    {
        var counted = new SimulateJobResult(10_000, 42, 200, false, 200, 6.8, true, [], [Driver("Kyle Larson", "101", 3) with { OptimalLineupShare = 0.615 }, Driver("Denny Hamlin", "102", 5) with { OptimalLineupShare = 0 }]);
        var notCounted = counted with { PointsMatrixKept = false, Drivers = [Driver("Kyle Larson", "101", 3)] };

        var results = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-9").Add(p => p.Result, counted));
        var older = Render<SimulationResults>(parameters => parameters.Add(p => p.JobId, "job-8").Add(p => p.Result, notCounted));

        Assert.Equal("61.5 %", results.Find("[data-testid=optimal-share-101]").TextContent);
        Assert.Equal("0 %", results.Find("[data-testid=optimal-share-102]").TextContent);
        Assert.Contains("add up to the roster size", results.Find("[data-testid=optimal-share-note]").TextContent, StringComparison.Ordinal);
        Assert.Equal("–", older.Find("[data-testid=optimal-share-101]").TextContent);
        Assert.Contains("not counted for this job", older.Find("[data-testid=optimal-share-note]").TextContent, StringComparison.Ordinal);
    }

    private static DriverSimulation Driver(string name, string siteId, double meanFinish) => new(
        name, siteId, 9000, 1, 1, "History", new PointsDistributionInfo(40, 10, 38, 75), new PointsDistributionInfo(0, 0, 0, 0),
        0.1, 0.4, 0.6, meanFinish, 10, 10, 0.05);

    private static SlateDriverScore Scored(string siteId, string name, double points) =>
        new(siteId, name, 0, null, points, new ScoreBreakdownInfo(0, 0, 0, 0, 0, points));
}
