using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

public class ProjectionFitTests
{
    private static RaceSetup Field(int cars) => new(
        Series.Cup,
        TrackType.Intermediate,
        267,
        [.. Enumerable.Range(0, cars).Select(i => new RaceEntrant($"Driver {i + 1}", 0.8 - (1.6 * i / (cars - 1)), i + 1))]);

    [Fact]
    public void Projected_drivers_means_move_to_their_projections_and_the_others_keep_their_strength()
    {
        var setup = Field(36);
        // A partial file: six drivers projected against what their strengths say (the back starters high, a front starter low).
        var projections = new double?[36];
        (projections[0], projections[3], projections[20], projections[30], projections[33], projections[35]) = (30, 45, 55, 38, 30, 25);

        var fit = ProjectionFit.Default.Fit(setup, Site.DraftKings, projections, historyWeight: 0, seed: 11, TestContext.Current.CancellationToken);
        var check = RaceSimulator.Default.Run(fit.Setup, new SimulationOptions(ProjectionFit.PilotSimulations, 11), null, TestContext.Current.CancellationToken);

        Assert.Equal(6, fit.Drivers.Count);
        Assert.All(fit.Drivers, d => Assert.True(d.Reached, $"{d.Driver}: {d.Simulated:F2} for {d.Projection}"));
        for (var i = 0; i < 36; i++)
        {
            if (projections[i] is { } points)
            {
                Assert.InRange(check.Drivers[i].DraftKings.Mean, points - Math.Max(ProjectionFit.Tolerance, ProjectionFit.RelativeTolerance * points), points + Math.Max(ProjectionFit.Tolerance, ProjectionFit.RelativeTolerance * points));
            }
            else
            {
                Assert.Equal(setup.Drivers[i].Strength, fit.Setup.Drivers[i].Strength);
            }
        }
    }

    [Fact]
    public void Drivers_projected_far_from_their_ratings_all_meet_their_projections_on_the_real_slate()
    {
        // Four projected at once pull on each other's finishing positions: the fit must not chase its own tail.
        var (history, slate) = (TestFiles.LoopData, TestFiles.Brickyard());
        var setup = SlateRace.Of(slate, DriverStrengths.ForSlate(slate, history, StrengthBlend.HistoryOnly), history).Setup;
        var projections = setup.Drivers.Select(d => d.Name switch
        {
            "Ryan Blaney" => 62.0,
            "Ricky Stenhouse Jr" => 40.0,
            "Denny Hamlin" => 38.0,
            "Daniel Dye" => 22.0,
            _ => (double?)null,
        }).ToList();

        var fit = ProjectionFit.Default.Fit(setup, Site.DraftKings, projections, historyWeight: 0, seed: 7, TestContext.Current.CancellationToken);

        Assert.Equal(4, fit.Drivers.Count);
        Assert.All(fit.Drivers, d => Assert.True(d.Reached, $"{d.Driver}: {d.Simulated:F2} for {d.Projection} after {fit.Rounds} rounds"));
    }

    [Fact]
    public void The_race_still_decides_laps_led_so_a_driver_projected_up_leads_more()
    {
        var setup = Field(36);
        var projections = new double?[36];
        projections[15] = 60;

        var fit = ProjectionFit.Default.Fit(setup, Site.DraftKings, projections, historyWeight: 0, seed: 5, TestContext.Current.CancellationToken);
        var before = RaceSimulator.Default.Run(setup, new SimulationOptions(2_000, 5), null, TestContext.Current.CancellationToken).Drivers[15];
        var after = RaceSimulator.Default.Run(fit.Setup, new SimulationOptions(2_000, 5), null, TestContext.Current.CancellationToken).Drivers[15];

        Assert.True(after.ExpectedLapsLed > 3 * before.ExpectedLapsLed, $"laps led {before.ExpectedLapsLed:F1} -> {after.ExpectedLapsLed:F1}");
        Assert.True(after.Win > before.Win);
    }

    [Fact]
    public void A_history_weight_aims_between_the_simulation_and_the_projection()
    {
        var setup = Field(20);
        var projections = new double?[20];
        projections[0] = 50;

        var fit = ProjectionFit.Default.Fit(setup, Site.FanDuel, projections, historyWeight: 0.5, seed: 3, TestContext.Current.CancellationToken);
        var own = RaceSimulator.Default.Run(setup, new SimulationOptions(ProjectionFit.PilotSimulations, 3), null, TestContext.Current.CancellationToken).Drivers[0].FanDuel.Mean;

        var driver = Assert.Single(fit.Drivers);
        Assert.Equal((own + 50) / 2, driver.Target, 9);
        Assert.True(driver.Reached, $"{driver.Simulated:F2} for {driver.Target:F2}");
    }

    [Fact]
    public void A_projection_no_race_pays_is_reported_unreached()
    {
        var setup = Field(20);
        var projections = new double?[20];
        projections[0] = 400;

        var fit = ProjectionFit.Default.Fit(setup, Site.DraftKings, projections, historyWeight: 0, seed: 1, TestContext.Current.CancellationToken);

        var driver = Assert.Single(fit.Drivers);
        Assert.False(driver.Reached);
        Assert.Equal(ProjectionFit.StrengthLimit, fit.Setup.Drivers[0].Strength);
    }
}
