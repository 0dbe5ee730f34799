using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Gpu.Tests.Simulation;

/// <summary>
/// The worker tallies races on the device (#20): its totals must be Core's exactly, whatever the field, the seed, the
/// number of races (one, across a batch's end, several batches) and whether the points matrices are kept.
/// </summary>
public sealed class DeviceTallyTests(CpuAccelerator cpu) : IClassFixture<CpuAccelerator>
{
    private static readonly Dictionary<string, RaceSetup> Fields = new()
    {
        ["drawn grid, rear starters"] = WithRearStarters(GpuRaceSimulatorTests.Field(TrackType.Intermediate, withGrid: false)),
        ["given grid, rear starters, Martinsville"] = WithRearStarters(GpuRaceSimulatorTests.Field(TrackType.ShortTrack, withGrid: true), "Martinsville"),
        ["twelve cars, drawn grid"] = GpuRaceSimulatorTests.Field(TrackType.Superspeedway, withGrid: false, cars: 12),
    };

    [Theory]
    [InlineData("drawn grid, rear starters", 1, 3ul, true)]
    [InlineData("drawn grid, rear starters", 257, 5ul, false)]
    [InlineData("given grid, rear starters, Martinsville", 700, 11ul, true)]
    [InlineData("given grid, rear starters, Martinsville", 300, 12ul, false)]
    [InlineData("twelve cars, drawn grid", 300, 2ul, true)]
    public async Task The_device_tally_equals_Core_s(string field, int simulations, ulong seed, bool keepPointsMatrix)
    {
        var options = new SimulationOptions(simulations, seed, keepPointsMatrix);

        var core = RaceSimulator.Default.Run(Fields[field], options, cancellationToken: TestContext.Current.CancellationToken);
        var device = await cpu.Simulator.RunAsync(Fields[field], options, progress: null, TestContext.Current.CancellationToken);

        SimulationAssert.Equal(core, device);
    }

    /// <summary>The pole sitter among them: his place differential is scored from the front, his race run from the back.</summary>
    private static RaceSetup WithRearStarters(RaceSetup field, string? track = null) =>
        new(field.Series, field.TrackType, field.Laps, [.. field.Drivers.Select((d, i) => d with { StartsAtRear = i is 0 or 7 or 20 })], track);
}
