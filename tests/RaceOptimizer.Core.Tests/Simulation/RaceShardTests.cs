using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Simulation;

/// <summary>A run cut into seed ranges that run apart (on other threads, other workers) merges into the unsplit run exactly.</summary>
public class RaceShardTests
{
    private static readonly RaceSetup Intermediate = TestRaces.Field(TrackType.Intermediate, cars: 38);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(7, true)]
    [InlineData(3, false)]
    public void Shards_merged_in_any_order_equal_the_unsplit_run_bit_for_bit(int shards, bool keepPoints)
    {
        var options = new SimulationOptions(301, Seed: 5, KeepPointsMatrix: keepPoints);

        var unsplit = TestRaces.Run(Intermediate, options);
        var ranges = RaceRange.Split(options.Simulations, shards).Reverse();
        var merged = RaceSimulator.Default.Merge(Intermediate, options, [.. ranges.Select(races => RaceSimulator.Default.RunShard(Intermediate, options, races, cancellationToken: Cancellation))]);

        Assert.Equal(unsplit.Drivers, merged.Drivers);
        Assert.Equal(
            (unsplit.Simulations, unsplit.Seed, unsplit.StartsDrawn, unsplit.MeanLaps, unsplit.MeanCautions),
            (merged.Simulations, merged.Seed, merged.StartsDrawn, merged.MeanLaps, merged.MeanCautions));
        Assert.Equal(Rows(unsplit.DraftKings), Rows(merged.DraftKings));
        Assert.Equal(Rows(unsplit.FanDuel), Rows(merged.FanDuel));
    }

    [Fact]
    public void A_shard_s_matrix_rows_are_its_races_of_the_run()
    {
        var options = new SimulationOptions(200, Seed: 3, KeepPointsMatrix: true);

        var shard = RaceSimulator.Default.RunShard(Intermediate, options, new RaceRange(150, 20), cancellationToken: Cancellation);

        Assert.Equal(20, shard.DraftKings!.Simulations);
        Assert.Equal(
            RaceSimulator.Default.Simulate(Intermediate, options.Seed, 163).Drivers.Select(d => d.DraftKingsHundredths),
            shard.DraftKings.Row(13).ToArray());
    }

    [Theory]
    [InlineData(0, 100, 90, 110)]
    [InlineData(0, 90, 100, 100)]
    [InlineData(10, 190, 0, 0)]
    public void Shards_that_miss_or_repeat_races_are_refused(int firstStart, int firstCount, int secondStart, int secondCount)
    {
        var options = new SimulationOptions(200, Seed: 3);
        var shards = new[] { new RaceRange(firstStart, firstCount), new RaceRange(secondStart, secondCount) }
            .Where(races => races.Count > 0)
            .Select(races => RaceSimulator.Default.RunShard(Intermediate, options with { Simulations = Math.Max(options.Simulations, races.End) }, races, cancellationToken: Cancellation));

        Assert.Throws<ArgumentException>(() => RaceSimulator.Default.Merge(Intermediate, options, [.. shards]));
    }

    [Fact]
    public void A_shard_fits_its_own_race_and_not_one_of_another_field_or_another_choice_of_matrices()
    {
        var options = new SimulationOptions(100, Seed: 3, KeepPointsMatrix: true);
        var shard = RaceSimulator.Default.RunShard(Intermediate, options, new RaceRange(0, 50), cancellationToken: Cancellation);

        Assert.True(RaceSimulator.Default.Fits(Intermediate, options, shard));
        Assert.False(RaceSimulator.Default.Fits(TestRaces.Field(TrackType.Intermediate, cars: 30), options, shard));
        Assert.False(RaceSimulator.Default.Fits(Intermediate, options with { KeepPointsMatrix = false }, shard));
    }

    [Fact]
    public void A_run_splits_into_ranges_in_race_order_within_one_race_of_each_other()
    {
        var ranges = RaceRange.Split(1_000, 7);

        Assert.Equal(0, ranges[0].First);
        Assert.Equal(1_000, ranges[^1].End);
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.First));
        Assert.InRange(ranges.Max(r => r.Count) - ranges.Min(r => r.Count), 0, 1);
    }

    private static int[][]? Rows(PointsMatrix? matrix) =>
        matrix is null ? null : [.. Enumerable.Range(0, matrix.Simulations).Select(simulation => matrix.Row(simulation).ToArray())];
}
