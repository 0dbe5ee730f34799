using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Tests.Evaluation;

/// <summary>On ILGPU's CPU accelerator the lineup kernel must give Core's tallies exactly.</summary>
public sealed class GpuLineupEvaluatorTests(CpuAccelerator cpu) : IClassFixture<CpuAccelerator>
{
    public static TheoryData<int, int, int, int> Cases => new()
    {
        // seed, drivers, simulations (whole blocks and partial ones), lineups
        { 1, 12, 1, 3 },
        { 2, 38, 1_024, 40 },
        { 3, 40, 3_001, 150 },
        { 4, 64, 2_500, 25 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_kernel_on_the_CPU_accelerator_equals_Core_tally_for_tally(int seed, int drivers, int simulations, int count)
    {
        var random = new Random(seed);
        var points = RandomLineups.Points(random, drivers, simulations);
        var lineups = RandomLineups.Lineups(random, drivers, count);
        var thresholds = Enumerable.Range(0, simulations).Select(_ => random.Next(5_000, 40_000)).ToArray();
        // Narrower than the scores on both sides, so the first and last bins also catch what falls outside.
        var bins = new HistogramBins(random.Next(0, 100), random.Next(1, 30), random.Next(1, 40));

        var core = LineupEvaluation.Evaluate(points, lineups, thresholds, bins);
        var kernel = await cpu.Evaluator.EvaluateAsync(points, lineups, thresholds, bins, TestContext.Current.CancellationToken);

        TallyAssert.Equal(core, kernel);
    }

    [Fact]
    public async Task Inputs_Core_refuses_are_refused_before_the_device_starts()
    {
        var points = new SimulatedPoints([[1, 2], [3, 4]]);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            cpu.Evaluator.EvaluateAsync(points, [0b100UL], new int[2], new HistogramBins(0, 1, 1), TestContext.Current.CancellationToken));
    }
}
