using System.Net;
using System.Net.Http.Json;
using System.Text;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>
/// Bad uploads are refused with a 400 ProblemDetails that lists every problem with its file, line and column, and
/// nothing is stored: the only slate before and after is the seeded sample.
/// </summary>
public sealed class MalformedUploadTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    /// <summary>A file of Core's corpus in the part it is meant for; grid, projection and ownership files go with the sample's salaries.</summary>
    public static TheoryData<string, string, int, int?, string> Corpus { get; } = new()
    {
        { "salaries", "dk-salary-not-a-number.csv", 3, 6, "'Salary' is 'abc', not a number" },
        { "salaries", "dk-duplicate-id.csv", 4, 4, "'ID' 90000102 repeats line 3" },
        { "salaries", "dk-unclosed-quote.csv", 3, 2, "unclosed quote" },
        { "salaries", "dk-semicolon-delimited.csv", 1, null, "semicolon-delimited, expected comma" },
        { "salaries", "dk-excel-workbook.csv", 1, null, "an Excel workbook (or another zip archive), not CSV text" },
        { "salaries", "dk-binary-junk.csv", 2, null, "binary content" },
        { "salaries", "dk-empty.csv", 1, null, "the file is empty" },
        { "salaries", "dk-two-races.csv", 4, 7, "a slate is one race" },
        { "salaries", "fd-bad-id.csv", 3, 1, "not a FanDuel player id" },
        { "grid", "grid-gap.csv", 5, 2, "start 6 follows a gap: no driver starts 5" },
        { "grid", "grid-unknown-driver.csv", 3, 1, "driver 'Kyle Bush' is not in the salary file sample-dk-salaries.csv (did you mean 'Kyle Busch'?)" },
        { "projections", "proj-not-a-number.csv", 3, 2, "'dk_points' is 'sixty', not a number" },
        { "projections", "proj-grid-given.csv", 1, null, "this is a starting grid, not a projections file" },
        { "ownership", "own-over-100.csv", 3, 2, "'ownership' must be at most 100, not 120" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_malformed_file_is_refused_where_it_is_wrong(string part, string file, int line, int? column, string message)
    {
        var form = new UploadForm().File(part, TestFiles.Malformed(file));
        if (part != "salaries")
        {
            form.File("salaries", "sample-dk-salaries.csv", TestFiles.SampleSalaries());
        }

        var problem = await RefusedAsync(form);

        Assert.Contains(
            problem.Problems!,
            p => p.File == file && p.Line == line && p.Column == column && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Contains(file, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_of_every_file_come_back_together()
    {
        var form = new UploadForm()
            .File("salaries", "sample-dk-salaries.csv", TestFiles.SampleSalaries())
            .File("grid", TestFiles.Malformed("grid-gap.csv"))
            .File("ownership", TestFiles.Malformed("own-over-100.csv"));

        var problem = await RefusedAsync(form);

        Assert.Equal([("grid-gap.csv", 5, (int?)2), ("own-over-100.csv", 3, 2)], problem.Problems!.Select(p => (p.File, p.Line, p.Column)));
        Assert.StartsWith("2 problems in grid-gap.csv, own-over-100.csv", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_matches_no_driver_is_reported_with_its_file_and_the_likely_driver()
    {
        var form = new UploadForm()
            .File("salaries", "sample-dk-salaries.csv", TestFiles.SampleSalaries())
            .File("grid", TestFiles.Malformed("grid-unknown-driver.csv"));

        var problem = await RefusedAsync(form);

        Assert.Equal([new UnmatchedName("grid-unknown-driver.csv", 3, "Kyle Bush", "Kyle Busch")], problem.Names!.Unmatched);
    }

    [Fact]
    public async Task A_file_of_the_other_site_is_refused_when_the_site_is_given()
    {
        var form = new UploadForm().File("salaries", SharedData.File(TestFiles.FanDuelBrickyard)).Field("site", "dk");

        var problem = await RefusedAsync(form);

        var refusal = Assert.Single(problem.Problems!);
        Assert.Equal((TestFiles.FanDuelBrickyard, 1, (int?)null), (refusal.File, refusal.Line, refusal.Column));
        Assert.Equal("this is a FanDuel player list, not a DraftKings salary export", refusal.Message);
    }

    [Fact]
    public async Task A_FanDuel_list_without_its_race_asks_for_the_track_and_series()
    {
        var problem = await RefusedAsync(new UploadForm().File("salaries", SharedData.File(TestFiles.FanDuelBrickyard)));

        Assert.Equal(2, problem.Problems!.Count);
        Assert.Equal("the file does not name the race: choose the track", problem.Problems[0].Message);
        Assert.EndsWith("choose Cup, O'Reilly or Trucks", problem.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_name_before_it_is_read()
    {
        // 20 MB of salary rows: a parse would find nothing wrong in them, so a lone size problem proves none happened.
        var row = "D,Kyle Larson (1),Kyle Larson,1,D,11200,Hollywood Casino 400,Nasca,58.7\n";
        var csv = new StringBuilder("Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n");
        while (csv.Length < 20 * 1024 * 1024)
        {
            csv.Append(row);
        }

        var problem = await RefusedAsync(new UploadForm().Csv("salaries", "DKSalaries-huge.csv", csv.ToString()));

        var refusal = Assert.Single(problem.Problems!);
        Assert.Equal(("DKSalaries-huge.csv", 1, (int?)null), (refusal.File, refusal.Line, refusal.Column));
        Assert.Equal("the file is 20 MB, over the 5 MB limit for an uploaded file: it was not read", refusal.Message);
        Assert.Equal("DKSalaries-huge.csv(1): the file is 20 MB, over the 5 MB limit for an uploaded file: it was not read", problem.Detail);
    }

    [Fact]
    public async Task An_upload_without_the_salaries_part_names_it()
    {
        var problem = await RefusedAsync(new UploadForm().Csv("grid", "grid.csv", "driver,start\nKyle Larson,1\n"));

        Assert.Equal(["salaries"], problem.Errors!.Keys);
        Assert.StartsWith("salaries: The file part 'salaries' (the DraftKings salary export or FanDuel player list) is missing.", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misnamed_part_is_refused_rather_than_ignored()
    {
        var form = new UploadForm()
            .File("salaries", SharedData.File(TestFiles.DraftKingsBrickyard))
            .Csv("grd", "grid.csv", "driver,start\nDenny Hamlin,1\n");

        var problem = await RefusedAsync(form);

        Assert.StartsWith("'grd' is not a file this endpoint takes: send 'salaries'", Assert.Single(problem.Errors!["grd"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_fields_that_name_nothing_known_are_refused_by_name()
    {
        var form = new UploadForm()
            .File("salaries", SharedData.File(TestFiles.FanDuelBrickyard))
            .Field("series", "IndyCar")
            .Field("track", "Nurburgring")
            .Field("date", "27/07/2025");

        var problem = await RefusedAsync(form);

        Assert.Equal(["date", "series", "track"], problem.Errors!.Keys.Order());
        Assert.Equal("'IndyCar' is not a series: use Cup, O'Reilly or Trucks.", Assert.Single(problem.Errors["series"]));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_refused()
    {
        var before = await api.Client.SlatesAsync();

        using var response = await api.Client.PostAsJsonAsync("/api/slates", new { salaries = "D,Kyle Larson" }, Cancellation);

        var problem = await response.ProblemAsync();
        Assert.StartsWith("Send the files as multipart/form-data parts: 'salaries'", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await api.Client.SlatesAsync());
    }

    /// <summary>Posts the upload, expects a 400 ProblemDetails, and checks that the slates are what they were.</summary>
    private async Task<Problem> RefusedAsync(UploadForm form)
    {
        var before = await api.Client.SlatesAsync();

        using var response = await api.Client.PostAsync("/api/slates", form, Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Equal(before, await api.Client.SlatesAsync());
        Assert.Single(before);
        return problem;
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
