using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Results;
using RaceOptimizer.Core.Samples;

namespace RaceOptimizer.Core.Tests;

/// <summary>
/// Each file in Malformed/ is refused with a problem at a known line and column. The prefix names the importer:
/// dk, fd, results and loop files are read alone; grid, proj and own files go into the sample slate's import, whose
/// salary file decides which drivers are known.
/// </summary>
public class MalformedFileTests
{
    public static TheoryData<string, int, int?, string> Expectations { get; } = new()
    {
        { "dk-empty.csv", 1, null, "the file is empty" },
        { "dk-blank-lines.csv", 1, null, "the file is empty" },
        { "dk-header-only.csv", 1, null, "a header but no drivers" },
        { "dk-missing-game-info-column.csv", 1, null, "missing column 'Game Info'" },
        { "dk-renamed-salary-column.csv", 1, null, "missing column 'Salary' (the header has: Position, Name + ID, Name, ID, Roster Position, Cost," },
        { "dk-salary-not-a-number.csv", 3, 6, "'Salary' is 'abc', not a number" },
        { "dk-salary-decimal.csv", 2, 6, "'Salary' is '11200.5', not a whole number" },
        { "dk-salary-negative.csv", 4, 6, "'Salary' is negative (-10600)" },
        { "dk-salary-over-cap.csv", 2, 6, "'Salary' is 60,000, over the 50,000 salary cap" },
        { "dk-empty-salary.csv", 3, 6, "'Salary' is empty" },
        { "dk-duplicate-id.csv", 4, 4, "'ID' 90000102 repeats line 3" },
        { "dk-duplicate-name.csv", 6, 3, "driver 'Denny Hamlin' repeats line 3" },
        { "dk-given-fanduel-file.csv", 1, null, "this is a FanDuel player list, not a DraftKings salary export" },
        { "dk-semicolon-delimited.csv", 1, null, "semicolon-delimited, expected comma" },
        { "dk-tab-delimited.csv", 1, null, "tab-delimited, expected comma" },
        { "dk-unclosed-quote.csv", 3, 2, "unclosed quote: the quoted field opened here runs on to the end of the file" },
        { "dk-stray-quote.csv", 2, 3, "stray quote in Kyle \"KL\" Larson" },
        { "dk-binary-junk.csv", 2, null, "binary content (character 0x1A on line 2): this is not a CSV text file" },
        { "dk-excel-workbook.csv", 1, null, "an Excel workbook (or another zip archive), not CSV text" },
        { "dk-short-row.csv", 3, 6, "the row has 5 fields and stops before 'Salary' (field 6)" },
        { "dk-bad-id.csv", 2, 4, "'ID' is '9000010A', not a DraftKings player id" },
        { "dk-name-id-mismatch.csv", 2, 2, "'Name + ID' is 'Kyle Larson (90000999)' but Name and ID make 'Kyle Larson (90000101)'" },
        { "dk-two-races.csv", 4, 7, "'Game Info' is 'Cook Out 400' but line 2 has 'Hollywood Casino 400': a slate is one race" },
        { "dk-showdown-slot.csv", 2, 5, "'Roster Position' is 'CPT', not 'D'" },
        { "dk-average-not-a-number.csv", 5, 9, "'AvgPointsPerGame' is 'n/a', not a number" },
        { "dk-name-too-long.csv", 3, 3, "the driver's name is 125 characters long; at most 100 are allowed" },
        { "fd-given-draftkings-file.csv", 1, null, "this is a DraftKings salary export, not a FanDuel player list" },
        { "fd-bad-id.csv", 3, 1, "'Id' is '82878', not a FanDuel player id like 132686-82878" },
        { "fd-missing-last-name-column.csv", 1, null, "missing column 'Last Name'" },
        { "fd-duplicate-id.csv", 4, 1, "'Id' 132686-1 repeats line 2" },
        { "fd-salary-decimal.csv", 2, 8, "not a whole number" },
        { "grid-repeated-start.csv", 7, 2, "start 5 repeats line 4" },
        { "grid-gap.csv", 5, 2, "start 6 follows a gap: no driver starts 5" },
        { "grid-unknown-driver.csv", 3, 1, "driver 'Kyle Bush' is not in the salary file sample-dk-salaries.csv (did you mean 'Kyle Busch'?)" },
        { "grid-start-not-a-number.csv", 3, 2, "'start' is 'pole', not a number" },
        { "grid-start-zero.csv", 2, 2, "'start' must be at least 1, not 0" },
        { "grid-missing-start-column.csv", 1, null, "missing column 'start'" },
        { "grid-same-driver-twice.csv", 4, 1, "driver 'Ricky Stenhouse' repeats line 2" },
        { "grid-empty-driver.csv", 3, 1, "'driver' is empty" },
        { "proj-unknown-driver.csv", 4, 1, "driver 'Jimmie Johnson' is not in the salary file" },
        { "proj-no-value-columns.csv", 1, null, "needs at least one of the columns dk_points, fd_points, finish" },
        { "proj-not-a-number.csv", 3, 2, "'dk_points' is 'sixty', not a number" },
        { "proj-grid-given.csv", 1, null, "this is a starting grid, not a projections file" },
        { "proj-only-fanduel-points.csv", 1, null, "the projections give neither dk_points nor finish" },
        { "proj-all-blank.csv", 3, null, "driver 'Denny Hamlin' has no projection" },
        { "own-over-100.csv", 3, 2, "'ownership' must be at most 100, not 120" },
        { "own-negative.csv", 2, 2, "'ownership' is negative (-3)" },
        { "own-unknown-driver.csv", 3, 1, "driver 'Kyle Petty' is not in the salary file" },
        { "results-repeated-finish.csv", 5, 3, "finish 3 repeats line 4: a results file holds one race" },
        { "results-laps-led-over-laps.csv", 3, 4, "'laps_led' is 280, more than the 267 laps completed" },
        { "results-negative-laps.csv", 3, 6, "'laps_completed' is negative (-267)" },
        { "results-loop-data-given.csv", 1, null, "this is a loop data file, not a results file" },
        { "loop-two-races.csv", 4, 3, "the file holds 2 races (this line starts the 2023-05-06 Trucks one, line 2 the 2023-05-07 Cup one)" },
        { "loop-missing-column.csv", 1, null, "missing column 'fastest_lap'" },
        { "loop-bad-series.csv", 3, 4, "'series' is 'Xfinty', not Cup, O'Reilly or Trucks" },
        { "loop-bad-date.csv", 2, 3, "'race_date' is '07/05/2023', not a date like 2023/08/13" },
        { "loop-qualifying-duels.csv", 3, 6, "start 1 repeats line 2: a results file holds one race" },
        { "payout-overlap.csv", 4, 1, "ranks 4-10 overlap ranks 2-5 on line 3" },
        { "payout-growing-prize.csv", 3, 3, "ranks 2-5 pay 2500, more than the better ranks 1-1 on line 2 (1000)" },
        { "payout-backwards-range.csv", 3, 2, "'to' is 2, before 'from' (5)" },
        { "payout-prize-not-a-number.csv", 2, 3, "'prize' is 'lots', not a number" },
        { "payout-rank-zero.csv", 2, 1, "'from' must be at least 1, not 0" },
        { "payout-missing-to-column.csv", 1, null, "missing column 'from'" },
        { "payout-negative-prize.csv", 2, 3, "'prize' is negative (-5)" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void The_importer_refuses_the_file_where_it_is_wrong(string file, int line, int? column, string message)
    {
        var problems = Import(file);

        Assert.True(
            problems.Any(p => p.File == file && p.Line == line && p.Column == column && p.Message.Contains(message, StringComparison.Ordinal)),
            $"Expected {file}({line},{column}): ...{message}... but got:{Environment.NewLine}{TestFiles.Describe(problems)}");
    }

    [Fact]
    public void Every_file_of_the_corpus_has_an_expectation()
    {
        var files = Directory.GetFiles(TestFiles.MalformedFolder).Select(f => Path.GetFileName(f)).Order().ToList();
        var expected = Expectations.Select(row => row.Data.Item1).Order().ToList();

        Assert.True(files.Count >= 30);
        Assert.Equal(expected, files);
    }

    private static IReadOnlyList<ImportProblem> Import(string file)
    {
        using var stream = File.OpenRead(Path.Combine(TestFiles.MalformedFolder, file));
        var slateFile = new SlateFile(file, stream);
        return file.Split('-')[0] switch
        {
            "dk" => DraftKingsSalaryFile.Read(stream, file).Problems,
            "fd" => FanDuelPlayerFile.Read(stream, file).Problems,
            "results" => ResultsFile.Read(stream, file).Problems,
            "loop" => LoopDataFile.Read(stream, file).Problems,
            "payout" => PayoutFile.Read(stream, file).Problems,
            "grid" => SlateImport.Import(SampleSlate.Files() with { Grid = slateFile }).Problems,
            "proj" => SlateImport.Import(SampleSlate.Files() with { Projections = slateFile }).Problems,
            "own" => SlateImport.Import(SampleSlate.Files() with { Ownership = slateFile }).Problems,
            var prefix => throw new InvalidOperationException($"No importer for the prefix '{prefix}'."),
        };
    }
}
