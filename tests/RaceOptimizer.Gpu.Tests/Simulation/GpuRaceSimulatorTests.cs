using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Simulation;

namespace RaceOptimizer.Gpu.Tests.Simulation;

/// <summary>On ILGPU's CPU accelerator the kernel must give Core's results exactly: same seed, same races, same summary.</summary>
public sealed class GpuRaceSimulatorTests(CpuAccelerator cpu) : IClassFixture<CpuAccelerator>
{
    public static TheoryData<TrackType, bool> Races => new()
    {
        { TrackType.Intermediate, true },
        { TrackType.Superspeedway, true },
        { TrackType.ShortTrack, false },
        { TrackType.RoadCourse, true },
    };

    [Theory]
    [MemberData(nameof(Races))]
    public Task The_kernel_on_the_CPU_accelerator_equals_Core_race_for_race(TrackType trackType, bool withGrid) =>
        KernelEqualsCore(Field(trackType, withGrid));

    /// <summary>Per-car crash and failure tendencies, lead abilities and rear starters, at a named track, drawn grid or given.</summary>
    [Theory]
    [InlineData(TrackType.Flat, "Indianapolis", true)]
    [InlineData(TrackType.Superspeedway, "Talladega", false)]
    [InlineData(TrackType.ShortTrack, "Martinsville", true)]
    public Task The_kernel_equals_Core_with_tendencies_and_rear_starters_at_a_track(TrackType trackType, string track, bool withGrid)
    {
        var field = Field(trackType, withGrid);
        var drivers = field.Drivers.Select((d, i) => d with
        {
            IncidentFactor = 0.5 + (0.1 * (i % 15)),
            MechanicalFactor = 2.0 - (0.1 * (i % 12)),
            LeadAbility = (i % 5) * 0.1,
            StartsAtRear = i is 2 or 9,
        }).ToList();
        return KernelEqualsCore(new RaceSetup(field.Series, trackType, field.Laps, drivers, track));
    }

    private async Task KernelEqualsCore(RaceSetup setup)
    {
        var options = new SimulationOptions(300, Seed: 11, KeepPointsMatrix: true);

        var core = RaceSimulator.Default.Run(setup, options, cancellationToken: TestContext.Current.CancellationToken);
        var kernel = await cpu.Simulator.RunAsync(setup, options, progress: null, TestContext.Current.CancellationToken);

        SimulationAssert.Equal(core, kernel);
    }

    /// <summary>Shards of uneven sizes, merged out of order, as a job split across replicas merges them.</summary>
    [Fact]
    public async Task Shards_run_by_the_kernel_merge_into_Core_s_unsplit_run_bit_for_bit()
    {
        var setup = Field(TrackType.Intermediate, withGrid: false);
        var options = new SimulationOptions(301, Seed: 13, KeepPointsMatrix: true);
        var shards = new List<RaceShard>();
        foreach (var races in RaceRange.Split(options.Simulations, 3).Reverse())
        {
            shards.Add(await cpu.Simulator.RunShardAsync(setup, options, races, progress: null, TestContext.Current.CancellationToken));
        }

        SimulationAssert.Equal(RaceSimulator.Default.Run(setup, options, cancellationToken: TestContext.Current.CancellationToken), RaceSimulator.Default.Merge(setup, options, shards));
    }

    [Fact]
    public async Task Runs_longer_than_one_batch_report_progress_up_to_the_end()
    {
        var reports = new List<double>();
        var options = new SimulationOptions(1_000, Seed: 2);

        var result = await cpu.Simulator.RunAsync(Field(TrackType.Flat, withGrid: true), options, new Recorder(reports), TestContext.Current.CancellationToken);

        Assert.Equal(1_000, result.Simulations);
        Assert.Equal(1.0, reports[^1]);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public async Task A_cancelled_run_stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            cpu.Simulator.RunAsync(Field(TrackType.Flat, withGrid: true), new SimulationOptions(100, 1), null, cancelled.Token));
    }

    internal static RaceSetup Field(TrackType trackType, bool withGrid, int cars = 38) => new(
        Series.Cup,
        trackType,
        trackType == TrackType.RoadCourse ? 90 : 200,
        [.. Enumerable.Range(1, cars).Select(i => new RaceEntrant($"Driver {i}", 1.5 - (3.0 * (i - 1) / (cars - 1)), withGrid ? i : null))]);

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them to the pool).</summary>
    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
