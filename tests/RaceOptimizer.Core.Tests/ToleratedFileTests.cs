using System.Text;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Core.Tests;

/// <summary>What real files do that the importers must take in their stride.</summary>
public class ToleratedFileTests
{
    private const string Header = "Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame";

    [Fact]
    public void A_byte_order_mark_and_LF_line_ends_are_fine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\nD,Kyle Larson (1),Kyle Larson,1,D,11200,Kansas 400,Nasca,58.7\n")).ToArray();

        var result = DraftKingsSalaryFile.Read(new MemoryStream(bytes), "bom.csv");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal(new SalaryEntry(2, "Kyle Larson", "1", 11200, 58.7), Assert.Single(result.Value.Drivers));
    }

    [Fact]
    public void Quoted_fields_extra_columns_blank_lines_and_a_missing_last_newline_are_fine()
    {
        var csv = $"{Header},Status,Starting\r\n"
            + "\"D\",\"Ricky Stenhouse Jr. (7)\",\"Ricky Stenhouse Jr.\",\"7\",\"D\",\"5,300\",\"Cook Out 400, presented by someone\",\"Nasca\",\"23.55\",,\r\n"
            + "\r\n"
            + "D,Daniel Suárez (8),Daniel Suárez,8,D,$6900,\"Cook Out 400, presented by someone\",Nasca,,extra,16";

        var result = DraftKingsSalaryFile.Read(TestFiles.Text(csv), "quoted.csv");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
        Assert.Equal("Cook Out 400, presented by someone", result.Value.RaceName);
        Assert.Equal(
            [new SalaryEntry(2, "Ricky Stenhouse Jr.", "7", 5300, 23.55), new SalaryEntry(4, "Daniel Suárez", "8", 6900, null)],
            result.Value.Drivers);
    }

    [Fact]
    public void A_Windows_1252_export_keeps_its_accents()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes($"{Header}\r\nD,Daniel Suárez (8),Daniel Suárez,8,D,6900,Kansas 400,Nasca,30.9\r\n");

        var result = DraftKingsSalaryFile.Read(new MemoryStream(bytes), "ansi.csv");

        Assert.Equal("Daniel Suárez", Assert.Single(result.Value!.Drivers).Name);
    }

    [Fact]
    public void A_UTF16_export_with_its_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"{Header}\r\nD,Kyle Larson (1),Kyle Larson,1,D,11200,Kansas 400,Nasca,58.7\r\n")).ToArray();

        var result = DraftKingsSalaryFile.Read(new MemoryStream(bytes), "unicode.csv");

        Assert.True(result.Succeeded, TestFiles.Describe(result.Problems));
    }

    [Fact]
    public void Column_names_ignore_case_spaces_and_underscores()
    {
        var result = StartingGridFile.Read(TestFiles.Text("Driver , START\nKyle Larson,2\nDenny Hamlin,1\n"), "grid.csv");

        Assert.Equal([new GridEntry(2, "Kyle Larson", 2), new GridEntry(3, "Denny Hamlin", 1)], result.Value!);
    }

    [Fact]
    public void Ownership_may_carry_a_percent_sign()
    {
        var result = OwnershipFile.Read(TestFiles.Text("driver,ownership\nKyle Larson,23.5%\nDenny Hamlin, 7 \n"), "own.csv");

        Assert.Equal([new OwnershipEntry(2, "Kyle Larson", 23.5), new OwnershipEntry(3, "Denny Hamlin", 7)], result.Value!);
    }

    [Fact]
    public void A_file_that_is_too_large_is_refused_before_it_is_parsed()
    {
        // 20 MB, made here rather than kept on disk; every row valid, so only the size can refuse it.
        var row = Encoding.UTF8.GetBytes("D,Kyle Larson (1),Kyle Larson,1,D,11200,Kansas 400,Nasca,58.7\r\n");
        var bytes = new byte[20 * 1024 * 1024];
        for (var at = 0; at + row.Length <= bytes.Length; at += row.Length)
        {
            row.CopyTo(bytes, at);
        }

        var seekable = DraftKingsSalaryFile.Read(new MemoryStream(bytes), "huge.csv");
        var streamed = DraftKingsSalaryFile.Read(new ForwardOnlyStream(bytes), "huge.csv");

        Assert.Equal(new ImportProblem("huge.csv", 1, null, "the file is 20 MB, over the 5 MB limit for this kind of file"), Assert.Single(seekable.Problems));
        Assert.Equal(new ImportProblem("huge.csv", 1, null, "the file is over the 5 MB limit for this kind of file"), Assert.Single(streamed.Problems));
    }

    /// <summary>A network stream: no length to ask, so the limit is enforced on the bytes read.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
