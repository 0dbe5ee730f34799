using System.Net;
using System.Text;
using RaceOptimizer.Api.Jobs;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests.Jobs;

/// <summary>
/// `POST /api/jobs/{id}/entries` with FanDuel's entries file, filled from an optimize job on the real Brickyard 400
/// FanDuel slate: the file built from the real player list's ids, as FanDuel hands it out.
/// </summary>
public sealed class FanDuelEntriesFillTests(RedisServer redis) : ApiTest(redis)
{
    private const string FileName = "FanDuel-NAS-2023-07-23-lineup-upload-template.csv";
    private const string Header = "entry_id,contest_id,contest_name,entry_fee,Driver,Driver,Driver,Driver,Driver";

    // Three contests of the slate (its id, a dash, the contest's number), the third with more entries than the portfolio has lineups.
    private static readonly (string Id, string Name, string Fee, int Entries)[] Contests =
        [("132686-279208572", "NASCAR $5 Single Entry", "5", 1), ("132686-279208600", "NASCAR $1 Sprint", "1", 4), ("132686-279208611", "NASCAR Quarter Arcade", "0.25", 7)];

    [Fact]
    public async Task A_FanDuel_entries_file_of_three_contests_comes_back_filled_with_the_jobs_lineups_of_the_slates_drivers()
    {
        var players = TestFiles.Rows(SharedData.File(TestFiles.FanDuelBrickyard));
        var job = await OptimizeFanDuelAsync(lineups: 5);
        var entries = Contests.SelectMany((c, i) => Enumerable.Range(0, c.Entries).Select(e => new[] { $"{3670015043 + (i * 100) + e}", c.Id, c.Name, c.Fee })).ToList();

        using var response = await Client.PostAsync($"/api/jobs/{job.Id}/entries", new UploadForm().Csv("entries", FileName, Download(entries, players)), Cancellation);

        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(("text/csv", "FanDuel-entries-filled.csv"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        var rows = TestFiles.CsvRows(body);
        Assert.Equal(Header.Split(','), rows[0]);
        Assert.Equal(entries, rows.Skip(1).Select(r => r[..4]));
        Assert.All(rows, r => Assert.Equal(9, r.Length));
        var lineups = rows.Skip(1).Select(r => string.Join(",", r[4..])).ToList();
        Assert.Subset(TestFiles.CsvRows(await ExportAsync(job.Id)).Skip(1).Select(r => string.Join(",", r)).ToHashSet(), lineups.ToHashSet());
        Assert.All(rows.Skip(1), r => Assert.Subset(players.Select(p => p[0]).ToHashSet(), r[4..].ToHashSet()));
        Assert.All(rows.Skip(1), r => Assert.Equal(5, r[4..].Distinct().Count()));
        Assert.Equal([1, 4, 5], Contests.Select(c => lineups.Where((_, i) => rows[i + 1][1] == c.Id).Distinct().Count()));
        // The file goes back as FanDuel's again: the same columns, every entry kept.
        var filled = EntriesFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(body)), "FanDuel-entries-filled.csv");
        Assert.True(filled.Succeeded, string.Join("\n", filled.Problems));
        Assert.Equal(Site.FanDuel, filled.Value.Site);
        Assert.Equal(Header.Split(','), filled.Value.Header);
        Assert.Equal(entries.Select(e => e[0]), filled.Value.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public async Task A_file_of_the_other_site_or_a_malformed_one_is_refused_by_what_is_wrong_and_changes_nothing()
    {
        var players = TestFiles.Rows(SharedData.File(TestFiles.FanDuelBrickyard));
        var fanDuel = await OptimizeFanDuelAsync(lineups: 2);
        var draftKings = await Client.OptimizeByProjectionAsync(lineups: 1);
        var exported = await ExportAsync(fanDuel.Id);
        var good = Download([["3670015043", Contests[0].Id, Contests[0].Name, "5"]], players);
        // Line 3 repeats line 2's entry; line 4 has no contest id.
        var malformed = Download([["3670015043", Contests[0].Id, Contests[0].Name, "5"], ["3670015043", Contests[0].Id, Contests[0].Name, "5"], ["3670015044", "", Contests[0].Name, "5"]], players);

        using var toDraftKings = await Client.PostAsync($"/api/jobs/{draftKings.Id}/entries", new UploadForm().Csv("entries", FileName, good), Cancellation);
        using var toFanDuel = await Client.PostAsync(
            $"/api/jobs/{fanDuel.Id}/entries", new UploadForm().Csv("entries", "DKEntries.csv", "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D\n4512345001,Kansas,170000001,$5,,,,,,\n"), Cancellation);
        using var bad = await Client.PostAsync($"/api/jobs/{fanDuel.Id}/entries", new UploadForm().Csv("entries", FileName, malformed), Cancellation);

        Assert.StartsWith(
            $"This is a FanDuel entries file, but job '{draftKings.Id}' built DraftKings lineups, whose player ids only upload to DraftKings",
            (await toDraftKings.ProblemAsync()).Detail,
            StringComparison.Ordinal);
        Assert.StartsWith($"This is a DraftKings entries file, but job '{fanDuel.Id}' built FanDuel lineups", (await toFanDuel.ProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Equal(
            [(FileName, 3, (int?)1, "entry 3670015043 repeats line 2"), (FileName, 4, 2, "'contest_id' is empty")],
            (await bad.ProblemAsync()).Problems!.Select(p => (p.File, p.Line, p.Column, p.Message)));
        Assert.Equal(exported, await ExportAsync(fanDuel.Id));
    }

    /// <summary>A completed cash portfolio of the real FanDuel slate by its players' average points: no simulation.</summary>
    private async Task<JobView> OptimizeFanDuelAsync(int lineups)
    {
        var slate = await Client.ImportAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.FanDuelBrickyard)).Field("series", "Cup").Field("track", "Indianapolis"));
        var submitted = await Client.SubmitAsync(new
        {
            type = "optimize",
            name = "fd",
            slateId = slate.Id,
            optimize = new { objective = "mean", lineups, minUniqueDrivers = 2, simulations = 0 },
        });
        var job = await Client.WaitUntilFinishedAsync(submitted.Id, TimeSpan.FromMinutes(3));
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Error}");
        return job;
    }

    private async Task<string> ExportAsync(string id) => await Client.GetStringAsync($"/api/jobs/{id}/export?format=fd", Cancellation);

    /// <summary>
    /// The entries as FanDuel hands them out: every cell below the header quoted, an empty column and the instructions to the right, then
    /// the slate's player list, beside the entries and on below them.
    /// </summary>
    private static string Download(IReadOnlyList<string[]> entries, IReadOnlyList<string[]> players)
    {
        string[] right =
        [
            "Instructions", "1. Locate the player you want to select in the list below", "2. Copy the ID of your player (the Id column)",
            "3. Paste the ID into the roster position desired", "",
            "Player ID + Player Name,Id,Position,First Name,Nickname,Last Name,FPPG,Played,Salary",
            .. players.Select(p => $"{p[0]}:{p[2]} {p[4]},{string.Join(",", p[..8])}"),
        ];
        var header = Header.Split(',');
        var rows = new List<string>();
        for (var i = 0; i < Math.Max(entries.Count + 1, right.Length); i++)
        {
            var left = i == 0 ? header : i <= entries.Count ? entries[i - 1] : [];
            var cells = left.Concat(Enumerable.Repeat("", header.Length + 1 - left.Length)).Concat(i < right.Length ? right[i].Split(',') : []);
            rows.Add(string.Join(",", i == 0 ? cells : cells.Select(cell => cell.Length == 0 ? "" : $"\"{cell}\"")));
        }

        return string.Join("\n", rows) + "\n";
    }
}
