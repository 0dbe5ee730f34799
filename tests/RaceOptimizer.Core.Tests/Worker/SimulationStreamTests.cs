using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tests.Simulation;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Core.Tests.Worker;

/// <summary>A shard as a worker streams it: read back whole, and a stream of the format before shards refused.</summary>
public class SimulationStreamTests
{
    private static readonly RaceSetup Race = TestRaces.Field(TrackType.ShortTrack, cars: 24);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_shard_read_back_merges_into_the_same_run_as_the_shard_written()
    {
        var options = new SimulationOptions(90, Seed: 4, KeepPointsMatrix: true);
        var shard = RaceSimulator.Default.RunShard(Race, options, new RaceRange(30, 60), cancellationToken: Cancellation);
        var first = RaceSimulator.Default.RunShard(Race, options, new RaceRange(0, 30), cancellationToken: Cancellation);
        using var stream = new MemoryStream();

        await SimulationStream.WriteShardAsync(stream, shard, Cancellation);
        stream.Position = 0;
        var read = await SimulationStream.ReadAsync(stream, null, TimeSpan.FromSeconds(5), Cancellation);

        Assert.Equal(shard.Races, read.Races);
        var (written, back) = (RaceSimulator.Default.Merge(Race, options, [first, shard]), RaceSimulator.Default.Merge(Race, options, [first, read]));
        Assert.Equal(written.Drivers, back.Drivers);
        Assert.Equal(shard.DraftKings!.Row(59).ToArray(), read.DraftKings!.Row(59).ToArray());
    }

    /// <summary>A worker of the summary format ('S', JSON) and a stream that ends before its tally are not shards.</summary>
    [Theory]
    [InlineData((byte)'S')]
    [InlineData((byte)'D')]
    public async Task A_stream_without_a_tally_is_refused(byte kind)
    {
        using var stream = new MemoryStream([kind, 2, 0, 0, 0, (byte)'{', (byte)'}']);

        await Assert.ThrowsAsync<InvalidDataException>(() => SimulationStream.ReadAsync(stream, null, TimeSpan.FromSeconds(5), Cancellation));
    }
}
