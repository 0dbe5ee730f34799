using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Gpu.Tests.Evaluation;

/// <summary>On ILGPU's CPU accelerator the scoring kernel must give Core's scores exactly, for every measure.</summary>
public sealed class GpuLineupScorerTests(CpuAccelerator cpu) : IClassFixture<CpuAccelerator>
{
    public static TheoryData<ObjectiveKind, double, int, int, int> Cases => new()
    {
        // kind, percentile or alpha, seed, simulations, lineups
        { ObjectiveKind.Tail, 0, 1, 1, 7 },
        { ObjectiveKind.Tail, 0, 2, 1_500, 90 },
        { ObjectiveKind.Percentile, 1, 3, 999, 40 },
        { ObjectiveKind.Percentile, 50, 4, 1, 5 },
        { ObjectiveKind.Percentile, 90, 5, 2_000, 70 },
        { ObjectiveKind.Percentile, 99, 6, 333, 40 },
        { ObjectiveKind.Cvar, 0.01, 7, 1_000, 60 },
        { ObjectiveKind.Cvar, 0.1, 8, 2_001, 60 },
        { ObjectiveKind.Cvar, 1, 9, 17, 30 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_kernel_on_the_CPU_accelerator_equals_Core_score_for_score(ObjectiveKind kind, double share, int seed, int simulations, int count)
    {
        var random = new Random(seed);
        // A narrow range of points makes ties, where an order statistic is easiest to get wrong.
        var (low, high) = seed % 2 == 0 ? (-300, 9_000) : (0, 40);
        var points = RandomLineups.Points(random, drivers: 38, simulations, low, high);
        var lineups = RandomLineups.Lineups(random, 38, count);
        var measure = ObjectiveMeasure.Of(new Objective(kind, Percentile: share, Alpha: share), simulations);
        int[] thresholds = kind == ObjectiveKind.Tail ? [.. Enumerable.Range(0, simulations).Select(_ => random.Next(low * 6, high * 6))] : [];

        var core = LineupScores.Score(points, lineups, measure, thresholds);
        var kernel = await cpu.Scorer.ScoreAsync(new LineupScoringRequest(points, measure, thresholds, lineups), TestContext.Current.CancellationToken);

        Assert.Equal(core, kernel);
    }

    [Fact]
    public async Task A_measure_that_does_not_fit_the_simulations_is_refused_before_the_device_starts()
    {
        var points = new SimulatedPoints([[1, 2], [3, 4]]);
        var request = new LineupScoringRequest(points, new ObjectiveMeasure(ObjectiveKind.Percentile, 2), [], [0b11UL]);

        await Assert.ThrowsAsync<ArgumentException>(() => cpu.Scorer.ScoreAsync(request, TestContext.Current.CancellationToken));
    }
}
