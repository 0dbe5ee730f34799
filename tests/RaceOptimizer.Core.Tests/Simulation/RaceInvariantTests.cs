using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

/// <summary>What must hold in every simulated race, checked over many seeds at every track type and in every series.</summary>
public class RaceInvariantTests
{
    public static TheoryData<TrackType, Series, bool> Races()
    {
        var data = new TheoryData<TrackType, Series, bool>();
        foreach (var trackType in TestRaces.AllTrackTypes)
        {
            foreach (var series in Enum.GetValues<Series>())
            {
                data.Add(trackType, series, true);
            }

            data.Add(trackType, Series.Cup, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Races))]
    public void Every_race_keeps_the_invariants(TrackType trackType, Series series, bool withGrid)
    {
        var setup = TestRaces.Field(trackType, withGrid: withGrid, series: series);
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var race = RaceSimulator.Default.Simulate(setup, seed, (long)seed * 7);
            var drivers = race.Drivers;

            Assert.Equal(race.Laps, drivers.Sum(d => d.LapsLed));
            Assert.True(race.Laps >= setup.Laps, $"{race.Laps} laps run of {setup.Laps}");
            Assert.Equal(race.GreenLaps, drivers.Sum(d => d.FastestLaps));
            Assert.All(drivers, d => Assert.InRange(d.FastestLaps, 0, race.GreenLaps));
            Assert.All(drivers, d => Assert.InRange(d.LapsCompleted, 0, race.Laps));
            Assert.Equal(Enumerable.Range(1, drivers.Count), drivers.Select(d => d.Finish).Order());
            Assert.Equal(Enumerable.Range(1, drivers.Count), drivers.Select(d => d.Start).Order());
            Assert.Equal(0, drivers.Sum(d => d.Start - d.Finish));

            // Classified by laps completed, whoever is out; the winner ran them all.
            var byFinish = drivers.OrderBy(d => d.Finish).ToList();
            Assert.Equal(byFinish.Select(d => d.LapsCompleted).OrderDescending(), byFinish.Select(d => d.LapsCompleted));
            Assert.Equal(race.Laps, byFinish[0].LapsCompleted);
            Assert.Equal(FinishStatus.Running, byFinish[0].Status);

            Assert.All(drivers, d => Assert.Equal(ScoringTable.DraftKings.Score(d.Start, d.Finish, d.LapsLed, d.FastestLaps, d.LapsCompleted).Total * 100, d.DraftKingsHundredths, 1e-9));
            Assert.All(drivers, d => Assert.Equal(ScoringTable.FanDuel.Score(d.Start, d.Finish, d.LapsLed, d.FastestLaps, d.LapsCompleted).Total * 100, d.FanDuelHundredths, 1e-9));
        }
    }
}
