using RaceOptimizer.Api.GpuWorker;
using RaceOptimizer.Contracts.Status;

namespace RaceOptimizer.Api.Tests.GpuOffload;

/// <summary>When the router expects the worker to finish first, from both speeds on the reference race and the job's size.</summary>
public sealed class OffloadEstimateTests
{
    private const double LocalRacesPerSecond = 10_000;
    private static readonly TimeSpan Probe = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void A_worker_slower_than_this_CPU_never_finishes_first_whatever_the_size()
    {
        var simulator = Device("CPU", racesPerSecond: 1_500);

        Assert.All([100, 10_000, 1_000_000], races => Assert.False(OffloadEstimate.For(races, simulator, LocalRacesPerSecond, Probe).WorkerSooner));
    }

    [Fact]
    public void A_fast_GPU_takes_a_large_job_but_not_one_smaller_than_its_round_trips()
    {
        var gpu = Device("Cuda", racesPerSecond: 600_000);

        Assert.True(OffloadEstimate.For(100_000, gpu, LocalRacesPerSecond, Probe).WorkerSooner);
        // 100 races are 10 ms here, and two 20 ms round trips there.
        Assert.False(OffloadEstimate.For(100, gpu, LocalRacesPerSecond, Probe).WorkerSooner);
    }

    [Theory]
    [InlineData("CPU", false)]
    [InlineData("Cuda", true)]
    [InlineData("OpenCL", true)]
    public void A_worker_that_does_not_report_its_speed_is_judged_by_its_kind(string kind, bool sooner) =>
        Assert.Equal(sooner, OffloadEstimate.For(10_000, Device(kind, racesPerSecond: null), LocalRacesPerSecond, Probe).WorkerSooner);

    private static GpuDevice Device(string kind, double? racesPerSecond) => new(kind, $"{kind} device", 1L << 30, 8, RacesPerSecond: racesPerSecond);
}
