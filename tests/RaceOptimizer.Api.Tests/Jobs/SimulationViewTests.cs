using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// What a simulate job tells a player beside the points: each driver's finishing-position odds and his share of the
/// races' optimal lineups, on the real Brickyard 400 exports with a grid that adds a car the slate does not sell.
/// </summary>
public sealed class SimulationViewTests(RedisServer redis) : ApiTest(redis)
{
    private const int Simulations = 1_000;

    [Theory]
    [InlineData(TestFiles.DraftKingsBrickyard, 6)]
    [InlineData(TestFiles.FanDuelBrickyard, 5)]
    public async Task Optimal_lineup_shares_add_up_to_the_roster_and_finish_odds_span_the_field(string salaries, int rosterSize)
    {
        var slate = await Client.ImportAsync(new UploadForm()
            .File("salaries", SharedData.File(salaries))
            .Field("series", "Cup")
            .Field("track", "Indianapolis")
            .Csv("grid", "grid.csv", TestFiles.BrickyardGrid("Jimmie Johnson")));
        var job = await Client.WaitUntilFinishedAsync(
            (await Client.SubmitAsync(new { type = "simulate", name = "sim", slateId = slate.Id, simulate = new { simulations = Simulations, seed = 42 } })).Id,
            TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, job.Error);

        var result = job.Result!.Value.Deserialize<SimulateJobResult>(JsonSerializerOptions.Web)!;
        var field = slate.Drivers.Count + 1;
        // Every race has one optimal lineup of a full roster: on average the shares add up to the roster size.
        Assert.Equal(rosterSize, result.Drivers.Sum(d => d.OptimalLineupShare!.Value), 9);
        Assert.All(result.Drivers, d => Assert.InRange(d.OptimalLineupShare!.Value, 0, 1));
        Assert.Contains(result.Drivers, d => d.OptimalLineupShare > 0.3);
        foreach (var driver in result.Drivers)
        {
            Assert.Equal(field, driver.FinishOdds!.Count);
            Assert.Equal(1, driver.FinishOdds.Sum(), 9);
            Assert.Equal(driver.Win, driver.FinishOdds[0], 12);
        }
    }
}
