using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

public class SalaryPriorTests
{
    [Fact]
    public void The_real_undated_slate_rates_drivers_apart_and_in_the_markets_order()
    {
        var slate = TestFiles.Brickyard();

        var strengths = DriverStrengths.ForSlate(slate, TestFiles.LoopData, StrengthBlend.HistoryOnly);

        Assert.Equal(slate.Drivers.Count, strengths.Select(s => s.Strength).Distinct().Count());
        var correlation = ForecastScores.RankCorrelation([.. slate.Drivers.Select(d => (double)d.Salary)], [.. strengths.Select(s => s.Strength)]);
        Assert.True(correlation >= 0.6, $"Spearman(salary, strength) = {correlation:F3}");
    }

    [Fact]
    public void A_driver_the_history_does_not_know_is_priced_by_his_salary_not_sent_to_the_back()
    {
        var slate = TestFiles.Brickyard();

        var strengths = DriverStrengths.ForSlate(slate, TestFiles.LoopData, StrengthBlend.HistoryOnly).ToDictionary(s => s.Driver.Name);

        // Connor Zilisch ($6,200) has no Cup race in 2019-2023; Daniel Dye ($4,500) is the cheapest driver.
        var rookie = strengths["Connor Zilisch"];
        Assert.Equal(StrengthSource.Salary, rookie.Source);
        Assert.True(rookie.Strength > StrengthParameters.Default.NewcomerStrength);
        Assert.True(rookie.Strength > strengths["Daniel Dye"].Strength);
    }

    [Fact]
    public void The_fewer_races_a_driver_has_the_more_his_salary_counts()
    {
        var prior = new SalaryPrior(Intercept: 0, Slope: 0.5, RacesWorthThePrior: 10);

        var veteran = prior.Strength(1, new DriverRating("V", -0.5, 200, 40));
        var sophomore = prior.Strength(1, new DriverRating("S", -0.5, 10, 2));
        var newcomer = prior.Strength(1, new DriverRating("N", -0.5, 0, 0));

        Assert.Equal(-0.5 * 200 / 210 + 0.5 * 10 / 210, veteran, 12);
        Assert.Equal(0.0, sophomore, 12);
        Assert.Equal(0.5, newcomer, 12);
    }

    [Fact]
    public void Its_weights_are_fitted_from_the_slate_and_the_history()
    {
        var slate = TestFiles.Brickyard();
        var day = DriverStrengths.RatingDay(slate.Race, TestFiles.LoopData);
        var scores = SalaryPrior.SalaryScores(slate.Drivers);
        var ratings = StrengthModel.Default.Rate(TestFiles.LoopData, Series.Cup, slate.Race.TrackType, day);

        var prior = SalaryPrior.Fit(slate.Drivers, scores, ratings, TestFiles.LoopData, Series.Cup, day)!;

        Assert.NotEqual(SalaryPrior.RankScale, prior);
        Assert.True(prior.Slope > 0, $"slope {prior.Slope}");
        Assert.InRange(prior.RacesWorthThePrior, 1, 500);
    }

    [Fact]
    public void Salaries_that_are_all_equal_say_nothing_and_the_ratings_stand()
    {
        var slate = TestFiles.Brickyard();
        var unpriced = slate with { Drivers = [.. slate.Drivers.Select(d => d with { Salary = 0 })] };
        var ratings = StrengthModel.Default.Rate(TestFiles.LoopData, Series.Cup, slate.Race.TrackType, DriverStrengths.RatingDay(slate.Race, TestFiles.LoopData));

        var strengths = DriverStrengths.ForSlate(unpriced, TestFiles.LoopData, StrengthBlend.HistoryOnly);

        Assert.Equal(unpriced.Drivers.Select(d => ratings.For(d.Name).Strength), strengths.Select(s => s.Strength));
        Assert.All(strengths, s => Assert.Equal(StrengthSource.History, s.Source));
    }

    [Fact]
    public void Equal_salaries_share_their_rank()
    {
        var drivers = new[] { new SlateDriver("A", "1", 9000), new SlateDriver("B", "2", 7000), new SlateDriver("C", "3", 7000) };

        var scores = SalaryPrior.SalaryScores(drivers);

        Assert.True(scores[0] > scores[1]);
        Assert.Equal(scores[1], scores[2]);
    }
}
