using System.Net;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>`POST /api/jobs/{id}/entries`: a player's DraftKings entries file filled from an optimize job's portfolio.</summary>
public sealed class EntriesFillTests(RedisServer redis) : ApiTest(redis)
{
    private const string Header = "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D";

    [Fact]
    public async Task An_entries_file_of_three_contests_comes_back_filled_with_the_slates_driver_ids()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 5);
        var slate = await Client.JsonAsync($"/api/slates/{JobCalls.SampleSlateId}");
        var drivers = slate.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("siteId").GetString()!).ToHashSet();
        // Three contests, the third with more entries than the portfolio has lineups; the player list beside them, as downloaded.
        var contests = new[] { ("NASCAR $100K Kansas", "170000001", "$5", 4), ("NASCAR $1 Single Entry", "170000002", "$0.25", 1), ("NASCAR $5 Double Up", "170000003", "$5", 7) };
        var entries = contests.SelectMany((c, i) => Enumerable.Range(0, c.Item4).Select(e => $"{4512345000 + (i * 100) + e},{c.Item1},{c.Item2},{c.Item3},,,,,,")).ToList();
        var csv = $"{Header},,Instructions\n" + string.Concat(entries.Select(e => e + ",,\n")) +
            ",,,,,,,,,,,Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n" +
            ",,,,,,,,,,,D,Driver (90000101),Driver,90000101,D,11000,KAN,HMS,60.1\n";

        using var response = await Client.PostAsync($"/api/jobs/{job.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", csv), Cancellation);

        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("DKEntries-filled.csv", response.Content.Headers.ContentDisposition?.FileName);
        var rows = TestFiles.CsvRows(body);
        Assert.Equal(Header.Split(','), rows[0]);
        Assert.Equal(entries.Select(e => e.Split(',')[0]), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal(10, r.Length));
        Assert.All(rows.Skip(1), r => Assert.Subset(drivers, r[4..].ToHashSet()));
        Assert.All(rows.Skip(1), r => Assert.Equal(6, r[4..].Distinct().Count()));
        Assert.Equal(4, rows.Skip(1).Where(r => r[2] == "170000001").Select(r => string.Join(",", r[4..])).Distinct().Count());
        Assert.Equal(5, rows.Skip(1).Where(r => r[2] == "170000003").Select(r => string.Join(",", r[4..])).Distinct().Count());
    }

    [Fact]
    public async Task A_bad_file_or_a_job_without_lineups_is_refused()
    {
        var job = await Client.OptimizeByProjectionAsync(lineups: 1);
        var simulation = await Client.WaitUntilFinishedAsync((await Client.SubmitAsync(JobCalls.Simulate(100))).Id);
        var good = $"{Header}\n4512345001,Kansas,170000001,$5,,,,,,\n";

        using var badFile = await Client.PostAsync($"/api/jobs/{job.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", $"{Header}\n4512345001,Kansas,170000001,five,,,,,,\n"), Cancellation);
        using var notOptimize = await Client.PostAsync($"/api/jobs/{simulation.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", good), Cancellation);
        using var missingPart = await Client.PostAsync($"/api/jobs/{job.Id}/entries", new UploadForm().Csv("salaries", "DKEntries.csv", good), Cancellation);
        using var unknownJob = await Client.PostAsync("/api/jobs/nope/entries", new UploadForm().Csv("entries", "DKEntries.csv", good), Cancellation);

        var problem = Assert.Single((await badFile.ProblemAsync()).Problems!);
        Assert.Equal(("DKEntries.csv", 2, 4), (problem.File, problem.Line, problem.Column));
        Assert.Contains("only optimize jobs", (await notOptimize.ProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Contains("entries", (await missingPart.ProblemAsync()).Errors!.Keys);
        await unknownJob.ProblemAsync(HttpStatusCode.NotFound);
    }
}
