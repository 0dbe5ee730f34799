using System.Text.Json;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>A user's own projections, a partial file as players have them, move the simulation of a real slate through the API.</summary>
public sealed class ProjectedSimulationTests(RedisServer redis) : ApiTest(redis)
{
    // Four drivers of the real Brickyard export, projected well away from what history and salary say of them.
    private static readonly Dictionary<string, double> Projected = new()
    {
        ["Denny Hamlin"] = 30,
        ["Ryan Blaney"] = 62,
        ["Ricky Stenhouse Jr"] = 40,
        ["Daniel Dye"] = 22,
    };

    [Fact]
    public async Task A_partial_projections_file_moves_the_means_of_the_drivers_it_names_and_no_other()
    {
        using (var history = new UploadForm().File("file", SharedData.File("loop-data-2019-2023.csv")))
        {
            using var imported = await Client.PostAsync("/api/history", history, Cancellation);
            imported.EnsureSuccessStatusCode();
        }

        var csv = "driver,dk_points\n" + string.Concat(Projected.Select(p => FormattableString.Invariant($"{p.Key},{p.Value}\n")));
        using var form = new UploadForm().File("salaries", SharedData.File("dk-salaries-cup-brickyard-400.csv")).Csv("projections", "projections.csv", csv);
        var slate = await Client.ImportAsync(form);

        var projected = await SimulateAsync(slate.Id, historyWeight: 0);
        var plain = await SimulateAsync(slate.Id, historyWeight: 1);

        var fits = projected.GetProperty("projections").EnumerateArray().ToDictionary(p => p.GetProperty("driver").GetString()!);
        Assert.Equal(Projected.Keys.Order(), fits.Keys.Order());
        Assert.All(fits.Values, f => Assert.True(f.GetProperty("reached").GetBoolean(), f.ToString()));
        Assert.Empty(plain.GetProperty("projections").EnumerateArray());
        var (withProjections, without) = (Drivers(projected), Drivers(plain));
        foreach (var (name, points) in Projected)
        {
            // The fit's tolerance, plus three standard errors of this run's mean against the pilot's (about 0.4 points).
            var allowed = Math.Max(ProjectionFit.Tolerance, ProjectionFit.RelativeTolerance * points) + 1.2;
            Assert.InRange(withProjections[name].Mean, points - allowed, points + allowed);
            Assert.Equal("Projections", withProjections[name].Source);
            Assert.True(Math.Abs(without[name].Mean - points) > allowed, $"{name} already simulated at {without[name].Mean:F1}");
        }

        Assert.All(withProjections.Where(d => !Projected.ContainsKey(d.Key)), d => Assert.NotEqual("Projections", d.Value.Source));
    }

    private async Task<JsonElement> SimulateAsync(string slateId, double historyWeight)
    {
        var submitted = await Client.SubmitAsync(new { type = "simulate", name = "projected", slateId, simulate = new { simulations = 4_000, seed = 7, historyWeight } });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(2));
        Assert.True(job.Status == JobStatus.Completed, job.Error);
        return job.Result!.Value;
    }

    private static Dictionary<string, (double Mean, string Source)> Drivers(JsonElement result) =>
        result.GetProperty("drivers").EnumerateArray().ToDictionary(
            d => d.GetProperty("name").GetString()!,
            d => (d.GetProperty("draftKings").GetProperty("mean").GetDouble(), d.GetProperty("strengthSource").GetString()!));
}
