using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Gpu.Tests.Evaluation;

/// <summary>On ILGPU's CPU accelerator the payout kernel must give Core's contest tallies exactly, ties, samples smaller and larger than the field, and tables for portfolios included.</summary>
public sealed class GpuLineupPayoutTests(CpuAccelerator cpu) : IClassFixture<CpuAccelerator>
{
    public static TheoryData<ContestPreset, int, int, int, int> Cases => new()
    {
        // preset, entries, field size, simulations, the user's entries (the rank table has a row per own entry ahead, up to 17)
        { ContestPreset.TopHeavy, 10_000, 300, 700, 1 },
        { ContestPreset.TopHeavy, 10_000, 300, 700, 150 },
        { ContestPreset.TopHeavy, 150, 149, 301, 1 },
        { ContestPreset.TopHeavy, 150, 200, 301, 3 },
        { ContestPreset.DoubleUp, 1_000, 200, 500, 1 },
        { ContestPreset.FiftyFifty, 20, 19, 64, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_kernel_on_the_CPU_accelerator_equals_Core_tally_for_tally(ContestPreset preset, int entries, int fieldSize, int simulations, int ownEntries)
    {
        var random = new Random(entries + simulations);
        var slate = new Slate("payouts", "payouts", Site.DraftKings, new Race("Test 400", Series.Cup, "Kansas Speedway", TrackType.Intermediate, 267, null), [.. Enumerable.Range(0, 30).Select(i =>
            new SlateDriver($"Driver {i}", $"{100 + i}", Salary: 6_000 + (random.Next(0, 11) * 500), Projection: 10 + random.Next(0, 50)))]);
        // A narrow range of points puts many lineups level with field lineups, where ties split prizes.
        var points = RandomLineups.Points(random, 30, simulations, low: 0, high: 60);
        var open = new LineupSpace(slate, LineupRules.None);
        var field = ContestField.Draw(open, points.Totals, FieldModel.Default, fieldSize, seed: 3);
        var standings = new ContestStandings(points, field, PayoutStructure.Preset(preset, entries, 5), ownEntries);
        var lineups = open.Lineups().OrderBy(_ => random.Next()).Take(80).Concat(field.Lineups.Take(20)).ToArray();
        var scores = new int[simulations];
        var core = lineups.Select(lineup =>
        {
            points.LineupPoints(lineup, scores);
            return standings.Tally(scores);
        }).ToArray();

        var kernel = await cpu.Scorer.PayAsync(new LineupPayoutRequest(points, standings.Tables(), lineups), TestContext.Current.CancellationToken);

        Assert.Equal(core, kernel);
        Assert.Contains(core, tally => tally.Cashed > 0);
    }

    [Fact]
    public async Task A_contest_that_does_not_cover_the_simulations_is_refused_before_the_device_starts()
    {
        var points = new SimulatedPoints([[1, 2], [3, 4]]);
        var contest = new ContestTables([1, 2, 3], FieldSize: 1, RankWidth: 1, CashLines: [0, 0, 0], RankTotals: [0, 0, 0, 0, 1, 1, 1, 1], Ranks: 1, Shifts: 1);

        await Assert.ThrowsAsync<ArgumentException>(() => cpu.Scorer.PayAsync(new LineupPayoutRequest(points, contest, [0b11UL]), TestContext.Current.CancellationToken));
    }
}
