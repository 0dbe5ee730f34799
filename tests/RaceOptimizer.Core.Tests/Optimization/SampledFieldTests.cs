using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.Optimization;

/// <summary>
/// Issue #16: a contest valued against a sampled field must give the figures of the whole field. On the real Brickyard
/// export the best lineups by mean are paid, race by race on the same simulated races, against fields of
/// <see cref="SampleSize"/> lineups and against fields of every opponent (the brute force, one entry per lineup). A
/// field of 3,000 is itself one draw (its top few lineups move the top prizes: two such fields differ by several points of
/// ROI), so the truth is the mean over <see cref="FullFields"/> of them. The tolerance is 3.5 standard errors of the
/// difference: the races' (the differences race by race, paired) and the fields' (the spread of the sampled fields' and
/// of the full fields' figures on the same races, each over its count).
/// </summary>
public class SampledFieldTests
{
    private const int Entries = 3_000;
    private const int Opponents = Entries - 1;
    private const int SampleSize = 300;
    private const int Samples = 6;
    private const int FullFields = 4;
    private const int Simulations = 3_000;
    private const int LineupCount = 5;
    private const double Fee = 5;
    private const double StandardErrors = 3.5;

    private static readonly Lazy<Contest> Brickyard = new(() => Contest.Draw(projected: false));

    /// <summary>
    /// The user's path that read an ROI near 100%: three drivers projected far above the race's own view, so their
    /// estimated ownership reaches the cap and the field is crowded with the lineups the portfolio is built from.
    /// </summary>
    private static readonly Lazy<Contest> BrickyardProjected = new(() => Contest.Draw(projected: true));

    private static readonly Dictionary<string, double> Projections = new() { ["Daniel Suarez"] = 70, ["Denny Hamlin"] = 60, ["Kyle Larson"] = 55 };

    [Fact]
    public void A_top_heavy_contest_against_a_sampled_field_pays_what_the_whole_field_pays()
    {
        var contest = Brickyard.Value;
        var figures = contest.Compare(PayoutStructure.Preset(ContestPreset.TopHeavy, Entries, Fee));

        Assert.All(figures.Lineups, f => Assert.True(Math.Abs(f.Sampled - f.Truth) <= f.Tolerance, f.ToString()));
        Assert.True(Math.Abs(figures.Mean.Sampled - figures.Mean.Truth) <= figures.Mean.Tolerance, figures.Mean.ToString());

        // The rule before #16 (a sampled lineup's place times its weight) is biased high well past that tolerance.
        Assert.True(figures.Mean.Old - figures.Mean.Truth > figures.Mean.OldTolerance, figures.Mean.ToString());
    }

    [Fact]
    public void A_double_up_against_a_sampled_field_pays_as_before_and_as_the_whole_field()
    {
        var contest = Brickyard.Value;
        var figures = contest.Compare(PayoutStructure.Preset(ContestPreset.DoubleUp, Entries, Fee));

        Assert.All(figures.Lineups, f => Assert.True(Math.Abs(f.Sampled - f.Truth) <= f.Tolerance, f.ToString()));
        Assert.All(figures.Lineups, f => Assert.True(Math.Abs(f.Old - f.Truth) <= f.OldTolerance, f.ToString()));
    }

    [Fact]
    public void A_portfolio_against_a_sampled_field_pays_what_the_whole_field_pays()
    {
        var contest = Brickyard.Value;
        var figures = contest.Compare(PayoutStructure.Preset(ContestPreset.TopHeavy, Entries, Fee), portfolio: true);

        // The lineups enter together: each is paid against the field and the other four, whose places are real.
        Assert.True(Math.Abs(figures.Mean.Sampled - figures.Mean.Truth) <= figures.Mean.Tolerance, figures.Mean.ToString());
        Assert.True(figures.Mean.Old - figures.Mean.Truth > figures.Mean.OldTolerance, figures.Mean.ToString());
    }

    [Fact]
    public void A_portfolio_on_a_users_projections_against_a_sampled_field_pays_what_the_whole_field_pays()
    {
        var contest = BrickyardProjected.Value;
        var figures = contest.Compare(PayoutStructure.Preset(ContestPreset.TopHeavy, Entries, Fee), portfolio: true);

        Assert.True(Math.Abs(figures.Mean.Sampled - figures.Mean.Truth) <= figures.Mean.Tolerance, figures.Mean.ToString());
    }

    /// <summary>ROI (as a fraction) of one lineup, or of the lineups' mean, by each valuation, with each one's tolerance against the truth.</summary>
    private sealed record Figure(string Name, double Truth, double Sampled, double Tolerance, double Old, double OldTolerance)
    {
        public override string ToString() =>
            $"{Name}: whole field {Truth:P1}, sampled {Sampled:P1} (tolerance {Tolerance:P1}), rule before #16 {Old:P1} (tolerance {OldTolerance:P1})";
    }

    private sealed record Figures(IReadOnlyList<Figure> Lineups, Figure Mean);

    /// <summary>The races, the lineups and the fields, drawn once for both contests.</summary>
    /// <param name="Full">Fields of every opponent of one lineup; <paramref name="FullBesidePortfolio"/>: of the lineups entered together.</param>
    private sealed record Contest(SimulatedPoints Points, ulong[] Lineups, ContestField[] Full, ContestField[] FullBesidePortfolio, ContestField[] Sampled)
    {
        /// <param name="projected">Steer the race to <see cref="Projections"/>, blended half and half with its own means, as a job does by default.</param>
        public static Contest Draw(bool projected)
        {
            var slate = TestFiles.Brickyard();
            var strengths = DriverStrengths.ForSlate(slate, null, new StrengthBlend(0.5));
            var setup = SlateRace.Of(slate, strengths, null).Setup;
            if (projected)
            {
                double? Projection(RaceEntrant driver) => Projections.TryGetValue(driver.Name, out var points) ? points : null;
                setup = ProjectionFit.Default.Fit(setup, Site.DraftKings, [.. setup.Drivers.Select(Projection)], historyWeight: 0.5, seed: 16).Setup;
            }

            var simulated = RaceSimulator.Default.Run(setup, new SimulationOptions(Simulations, Seed: 16, KeepPointsMatrix: true));
            var points = SimulatedPoints.From(simulated.DraftKings!);
            var open = new LineupSpace(slate, LineupRules.None);
            var lineups = MeanRanking.Top(open, points.Totals, LineupCount).Select(c => c.Lineup).ToArray();
            ContestField Field(int size, ulong seed) => ContestField.Draw(open, points.Totals, FieldModel.Default, size, seed);
            ContestField[] Fields(int count, int size, int firstSeed) => [.. Enumerable.Range(firstSeed, count).Select(seed => Field(size, (ulong)seed))];
            return new Contest(points, lineups, Fields(FullFields, Opponents, 100), Fields(FullFields, Entries - LineupCount, 200), Fields(Samples, SampleSize, 1));
        }

        /// <param name="portfolio">Enter the lineups together (each competes with the others) rather than each alone.</param>
        public Figures Compare(PayoutStructure payouts, bool portfolio = false)
        {
            var own = portfolio ? LineupCount : 1;
            var truth = (portfolio ? FullBesidePortfolio : Full).Select(field => Payouts(new ContestStandings(Points, field, payouts, own), portfolio)).ToArray();
            var sampled = Sampled.Select(field => Payouts(new ContestStandings(Points, field, payouts, own), portfolio)).ToArray();
            var old = Sampled.Select(field => OldPayouts(field, payouts, portfolio)).ToArray();
            var figures = Enumerable.Range(0, LineupCount).Select(l => Figure($"lineup {l + 1}", [.. truth.Select(t => t[l])], [.. sampled.Select(s => s[l])], [.. old.Select(s => s[l])])).ToArray();
            double[] Mean(double[][] byLineup) => [.. Enumerable.Range(0, Simulations).Select(s => byLineup.Average(l => l[s]))];
            var result = new Figures(figures, Figure("mean of the lineups", [.. truth.Select(Mean)], [.. sampled.Select(Mean)], [.. old.Select(Mean)]));
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, result.Lineups.Append(result.Mean)));
            return result;
        }

        /// <summary>Each lineup's payout race by race.</summary>
        private double[][] Payouts(ContestStandings standings, bool portfolio)
        {
            var own = new PortfolioEntries(Simulations, LineupCount);
            Array.ForEach(portfolio ? Lineups : [], lineup => own.Add(Scores(lineup)));
            return [.. Lineups.Select(lineup =>
            {
                var payouts = new double[Simulations];
                standings.Evaluate(Scores(lineup), own, isOwn: portfolio, payouts);
                return payouts;
            })];
        }

        /// <summary>The rule before #16: k sampled lineups ahead are k x weight entries ahead, ties spread the same way.</summary>
        private double[][] OldPayouts(ContestField field, PayoutStructure payouts, bool portfolio)
        {
            var own = portfolio ? Lineups.Select(Scores).ToArray() : [];
            var weight = (Entries - Math.Max(1, own.Length)) / (double)field.Lineups.Count;
            var fieldScores = field.Lineups.Select(Scores).ToArray();
            return [.. Lineups.Select(lineup =>
            {
                var scores = Scores(lineup);
                return Enumerable.Range(0, Simulations).Select(s =>
                {
                    var (ahead, tied) = (fieldScores.Count(f => f[s] > scores[s]) * weight, fieldScores.Count(f => f[s] == scores[s]) * weight);
                    (ahead, tied) = (ahead + own.Count(o => o[s] > scores[s]), tied + own.Count(o => o[s] == scores[s]) - (portfolio ? 1 : 0));
                    return payouts.AveragePrize(ahead, ahead + tied + 1);
                }).ToArray();
            })];
        }

        private int[] Scores(ulong lineup)
        {
            var scores = new int[Simulations];
            Points.LineupPoints(lineup, scores);
            return scores;
        }

        private static Figure Figure(string name, double[][] truth, double[][] sampled, double[][] old)
        {
            var (estimate, tolerance) = Against(truth, sampled);
            var (oldEstimate, oldTolerance) = Against(truth, old);
            return new Figure(name, Roi(truth.Average(f => f.Average())), Roi(estimate), tolerance / Fee, Roi(oldEstimate), oldTolerance / Fee);
        }

        /// <summary>The sampled fields' mean payout, and the tolerance of its difference from the full fields'.</summary>
        private static (double Mean, double Tolerance) Against(double[][] truth, double[][] sampled)
        {
            var byRace = Enumerable.Range(0, Simulations).Select(s => sampled.Average(f => f[s]) - truth.Average(f => f[s])).ToArray();
            var raceError = StandardDeviation(byRace) / Math.Sqrt(Simulations);
            double FieldVariance(double[][] fields) => Math.Pow(StandardDeviation([.. fields.Select(f => f.Average())]), 2) / fields.Length;
            var fieldError = Math.Sqrt(FieldVariance(sampled) + FieldVariance(truth));
            return (sampled.Average(f => f.Average()), StandardErrors * Math.Sqrt((raceError * raceError) + (fieldError * fieldError)));
        }

        private static double StandardDeviation(double[] values)
        {
            var mean = values.Average();
            return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        }

        private static double Roi(double meanPayout) => (meanPayout / Fee) - 1;
    }
}
