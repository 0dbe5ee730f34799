using System.Text.Json;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests.History;

public class StrengthFitTests
{
    /// <summary>
    /// Drivers of fixed true strength (driver 1 best) racing weekly at an intermediate and a short track in turn, the
    /// order shuffled by noise three times the gaps between them; each race a different rookie makes his only start, as strong as the median.
    /// </summary>
    private static RaceHistory Stationary()
    {
        var noise = new System.Random(7);
        var rows = new List<LoopDataRow>();
        for (var race = 0; race < 80; race++)
        {
            var date = new DateOnly(2020, 1, 5).AddDays(7 * race);
            var track = race % 2 == 0 ? "Kansas Speedway" : "Martinsville Speedway";
            var field = Enumerable.Range(1, 16).Select(d => (Name: $"Driver {d}", Pace: -d + (3 * noise.NextDouble()))).ToList();
            field.Add((Name: $"Rookie {race}", Pace: -8.5 + (3 * noise.NextDouble())));
            var order = field.OrderByDescending(d => d.Pace).Select(d => d.Name).ToList();
            rows.AddRange(order.Select((name, i) => new LoopDataRow(name, date, Series.Cup, track, Start: i + 1, i + 1, AverageRunningPosition: i + 1, LapsLed: i == 0 ? 200 : 0, FastestLaps: 1, LapsCompleted: 200, "running")));
        }

        return RaceHistory.From(rows);
    }

    [Fact]
    public void The_walk_forward_ratings_are_the_strength_models()
    {
        var history = Stationary();
        var parameters = new StrengthParameters(HalfLifeDays: 60, TrackTypeShrinkage: 2, OverallShrinkage: 1.5, NewcomerStrength: -0.3);
        var model = new StrengthModel(parameters);
        var races = history.Races.Where(r => r.Date.Month == 6).ToHashSet();

        var predictions = new StrengthFit(history).Predictions(parameters, races.Contains).ToList();

        Assert.Equal(races.Sum(r => r.Drivers.Count), predictions.Count);
        foreach (var race in races)
        {
            var ratings = model.Rate(history, Series.Cup, race.TrackType, race.Date);
            foreach (var (_, entry, rating) in predictions.Where(p => ReferenceEquals(p.Race, race)))
            {
                Assert.Equal(ratings.For(entry.Result.Driver).Strength, rating, 9);
            }
        }
    }

    [Fact]
    public void Fitting_a_world_that_does_not_change_lengthens_a_short_half_life_and_lowers_the_error()
    {
        var fit = new StrengthFit(Stationary());
        var bad = new StrengthParameters(HalfLifeDays: 20, TrackTypeShrinkage: 0.5, OverallShrinkage: 0.5, NewcomerStrength: 1);
        bool Scored(HistoryRace race) => race.Date.Year == 2021;

        var fitted = fit.Fit(bad, Scored);

        Assert.True(fit.Error(fitted, Scored) < 0.9 * fit.Error(bad, Scored), $"{fit.Error(fitted, Scored)} against {fit.Error(bad, Scored)}");
        Assert.True(fitted.HalfLifeDays > 150, $"fitted half-life {fitted.HalfLifeDays}");
        // Both track types race alike, so a driver's record at one is pooled with his overall form.
        Assert.True(fitted.TrackTypeShrinkage > 2, $"fitted track-type shrinkage {fitted.TrackTypeShrinkage}");
        // Newcomers are median drivers here: near 0, far from the bad start's +1.
        Assert.InRange(fitted.NewcomerStrength, -0.5, 0.5);
    }

    [Fact]
    public void Default_parameters_are_the_committed_fit_and_the_fit_reproduces_them()
    {
        var file = Path.Combine(SharedData.RepositoryRoot, "RaceOptimizer.Core", "History", "strength-parameters.json");
        var committed = JsonSerializer.Deserialize<StrengthParameters>(File.ReadAllText(file), JsonSerializerOptions.Web);
        var history = TestFiles.LoopData;

        var fitted = new StrengthFit(history).FitBefore(2024);

        Assert.Equal(committed, StrengthParameters.Default);
        // The file keeps a few digits (fit-strengths rounds them).
        Assert.Equal(committed!.HalfLifeDays, fitted.HalfLifeDays, 0.5);
        Assert.Equal(committed.TrackTypeShrinkage, fitted.TrackTypeShrinkage, 0.005);
        Assert.Equal(committed.OverallShrinkage, fitted.OverallShrinkage, 0.005);
        Assert.Equal(committed.NewcomerStrength, fitted.NewcomerStrength, 0.0005);
    }
}
