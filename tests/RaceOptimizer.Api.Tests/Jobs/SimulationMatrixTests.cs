using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Tests.Jobs;

public sealed class SimulationMatrixTests(RedisServer redis) : ApiTest(redis)
{
    [Fact]
    public async Task A_simulation_keeps_its_points_matrices_for_the_optimizer_until_the_job_is_deleted()
    {
        var job = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(300))).Id);
        var files = new SimulationFiles(new ApiEnvironment(Api.DataFolder, new RedisChoice("test", "test")));

        var draftKings = files.Load(job.Id, Site.DraftKings)!;
        var fanDuel = files.Load(job.Id, Site.FanDuel)!;
        var drivers = job.Result!.Value.GetProperty("drivers").EnumerateArray().ToList();

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.True(job.Result.Value.GetProperty("pointsMatrixKept").GetBoolean());
        Assert.Equal((300, drivers.Count), (draftKings.Simulations, draftKings.Drivers));
        Assert.Equal((300, drivers.Count), (fanDuel.Simulations, fanDuel.Drivers));
        for (var driver = 0; driver < drivers.Count; driver++)
        {
            var mean = Enumerable.Range(0, 300).Average(simulation => draftKings[simulation, driver]);
            Assert.Equal(drivers[driver].GetProperty("draftKings").GetProperty("mean").GetDouble(), mean, 6);
        }

        (await Client.DeleteAsync($"/api/jobs/{job.Id}", Cancellation)).EnsureSuccessStatusCode();
        Assert.Null(files.Load(job.Id, Site.DraftKings));
        Assert.Null(files.Load(job.Id, Site.FanDuel));
    }
}
