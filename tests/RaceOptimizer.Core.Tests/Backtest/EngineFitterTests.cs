using System.Text.Json;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.History;
using RaceOptimizer.Core.Tracks;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests.Backtest;

public class EngineFitterTests
{
    [Fact]
    public void The_default_model_runs_the_committed_engine_fit()
    {
        var file = Path.Combine(SharedData.RepositoryRoot, "RaceOptimizer.Core", "Simulation", "engine-fit.json");
        var committed = JsonSerializer.Deserialize<EngineFit>(File.ReadAllText(file), TrackFits.JsonOptions)!;

        Assert.Equal(committed, EngineFit.Fitted);
        Assert.Same(EngineFit.Fitted, RaceModel.Default.EngineFit);
        foreach (var type in Enum.GetValues<TrackType>())
        {
            var compiled = RaceModel.Default.Compile(Series.Cup, type, null);
            Assert.Equal(RaceModel.Default.For(type).StrengthPace * committed.StrengthPace, compiled.StrengthPace, 12);
            Assert.Equal(RaceModel.Default.For(type).GridStrength * committed.GridStrength, compiled.GridStrength, 12);
        }
    }

    [Fact]
    public void The_fit_ranks_points_at_least_as_well_as_the_hand_values_and_later_seasons_are_not_seen()
    {
        // Driver 1 usually wins from the pole, and so on down.
        var history = RaceHistory.From(TestHistory.Rows(60));
        var fitter = new EngineFitter(history, Series.Cup, simulations: 50);

        var (fit, known) = fitter.FitBefore(2024, "test");
        var scored = known.Setups(history, Series.Cup, race => race.Date.Year == 2023);

        Assert.Equal(scored.Count, fit.Races);
        // The search starts from the hand values, so it can only keep or better them on the races it scored.
        Assert.True(fitter.MeanRankCorrelation(known.Model.With(fit), scored) >= fitter.MeanRankCorrelation(known.Model, scored));
        // Before 2023 only the warm-up season is known, and it is never scored: the hand values stay.
        var none = fitter.FitBefore(2023, "test").Fit;
        Assert.Equal((1.0, 1.0, 0), (none.StrengthPace, none.GridStrength, none.Races));
    }
}
