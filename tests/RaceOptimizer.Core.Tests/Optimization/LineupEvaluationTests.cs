using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Core.Tests.Optimization;

public sealed class LineupEvaluationTests
{
    [Fact]
    public void Tallies_equal_the_lineups_scores_counted_one_by_one()
    {
        var random = new System.Random(5);
        var points = new SimulatedPoints([.. Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 97).Select(_ => random.Next(-500, 9_000)).ToArray())]);
        ulong[] lineups = [0b111111, 0b101010101010, 0b1, 0b111111000000];
        var thresholds = Enumerable.Range(0, 97).Select(_ => random.Next(0, 30_000)).ToArray();
        var bins = new HistogramBins(50, 25, 8);

        var tallies = LineupEvaluation.Evaluate(points, lineups, thresholds, bins);

        for (var i = 0; i < lineups.Length; i++)
        {
            var scores = new int[points.Simulations];
            points.LineupPoints(lineups[i], scores);
            Assert.Equal(scores.Sum(s => (long)s), tallies.Sums[i]);
            Assert.Equal(scores.Sum(s => (long)s * s), tallies.SumsOfSquares[i]);
            Assert.Equal(scores.Where((s, k) => s >= thresholds[k]).Count(), tallies.Reaching[i]);
            var expected = new int[bins.Count];
            foreach (var score in scores)
            {
                expected[Math.Clamp((int)Math.Floor(((score / 100.0) - bins.Min) / bins.Width), 0, bins.Count - 1)]++;
            }

            Assert.Equal(expected, tallies.Histogram(i).ToArray());
        }
    }

    [Fact]
    public void A_score_on_a_bin_edge_falls_in_the_bin_it_opens()
    {
        var points = new SimulatedPoints([[5_000, 7_499, 7_500, 10_000]]);

        var tallies = LineupEvaluation.Evaluate(points, [1UL], new int[4], new HistogramBins(50, 25, 2));

        Assert.Equal([2, 2], tallies.Histogram(0).ToArray());
    }

    [Fact]
    public void Lineups_naming_drivers_past_the_matrix_or_thresholds_of_the_wrong_length_are_refused()
    {
        var points = new SimulatedPoints([[1, 2], [3, 4]]);
        var bins = new HistogramBins(0, 1, 1);

        Assert.Throws<ArgumentException>(() => LineupEvaluation.Evaluate(points, [0b100UL], new int[2], bins));
        Assert.Throws<ArgumentException>(() => LineupEvaluation.Evaluate(points, [0b11UL], new int[3], bins));
    }

    [Fact]
    public void Scores_whose_squares_could_overflow_the_tallies_are_refused()
    {
        var points = new SimulatedPoints([[int.MaxValue / 2, 0, 0], [int.MaxValue / 2, 0, 0]]);

        Assert.Throws<ArgumentException>(() => LineupEvaluation.Evaluate(points, [0b11UL], new int[3], new HistogramBins(0, 1, 1)));
    }
}
