using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

public class DriverTendenciesTests
{
    private static readonly DateOnly RatingDay = new(2023, 1, 1);

    [Fact]
    public void A_driver_who_crashes_often_gets_a_higher_incident_factor_shrunk_below_his_raw_rate()
    {
        // Driver 12 crashes out of every other race, driver 3 once, driver 11's engine fails every third race.
        var rows = TestHistory.Rows(30).Select((row, i) => (Race: i / 12, row) switch
        {
            (var race, { Driver: "Driver 12" }) when race % 2 == 0 => row with { Status = "accident" },
            (5, { Driver: "Driver 3" }) => row with { Status = "accident" },
            (var race, { Driver: "Driver 11" }) when race % 3 == 0 => row with { Status = "engine" },
            _ => row,
        });
        var ratings = StrengthModel.Default.Rate(RaceHistory.From(rows), Series.Cup, TrackType.Intermediate, RatingDay);

        var crasher = ratings.For("Driver 12");
        Assert.True(crasher.IncidentFactor > 1.5, $"incident factor {crasher.IncidentFactor}");
        Assert.True(ratings.For("Driver 1").IncidentFactor < 1);
        Assert.True(ratings.For("Driver 11").MechanicalFactor > 1.5, $"mechanical factor {ratings.For("Driver 11").MechanicalFactor}");
        Assert.True(ratings.For("Driver 1").MechanicalFactor < 1, "never failed");

        // Raw, he crashed 15 times where the rest of the field would have had about 1/11 of a crash between them.
        Assert.True(crasher.IncidentFactor < 15.0 / (1.0 / 11), "shrunk toward the field");
    }

    [Fact]
    public void Without_history_the_tendencies_are_neutral_and_an_entrant_takes_a_rating_s_tendencies()
    {
        var ratings = StrengthModel.Default.Rate(RaceHistory.From(TestHistory.Rows(10)), Series.Cup, TrackType.Intermediate, RatingDay);
        var newcomer = ratings.For("Someone New");
        Assert.Equal((1.0, 1.0, 0.0), (newcomer.IncidentFactor, newcomer.MechanicalFactor, newcomer.LeadAbility));

        var rated = new DriverRating("Driver 1", 0.5, 10, 10) { IncidentFactor = 1.3, MechanicalFactor = 0.8, LeadAbility = 0.2 };
        var entrant = rated.ApplyTo(new RaceEntrant("Driver 1", 0.7, 4));

        Assert.Equal(new RaceEntrant("Driver 1", 0.7, 4) { IncidentFactor = 1.3, MechanicalFactor = 0.8, LeadAbility = 0.2 }, entrant);
    }

    [Fact]
    public void In_the_real_Cup_history_tendencies_stay_near_the_field()
    {
        var history = TestFiles.LoopData;

        var regulars = StrengthModel.Default.Rate(history, Series.Cup, TrackType.Intermediate, new DateOnly(2024, 1, 1)).All.Where(r => r.Races >= 50).ToList();

        // Shrinkage keeps full-time drivers' crashes within a factor of two of the field. Failures spread wider, and the
        // widest are backmarkers' teams that park early (loop data records them as failures), never a front-runner's.
        Assert.All(regulars, r => Assert.InRange(r.IncidentFactor, 0.5, 2));
        Assert.All(regulars, r => Assert.InRange(r.MechanicalFactor, 0.1, 10));
        Assert.All(regulars.Where(r => r.MechanicalFactor > 2), r => Assert.True(r.Strength < -0.5, $"{r.Driver} {r.Strength}"));
        Assert.All(regulars, r => Assert.True(double.IsFinite(r.LeadAbility)));
    }
}
