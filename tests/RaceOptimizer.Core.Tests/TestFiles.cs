using System.Globalization;
using System.Text;
using CsvHelper;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests;

/// <summary>Streams for tests: CSV text written inline, the real exports beside the repository, the malformed corpus.</summary>
internal static class TestFiles
{
    public static MemoryStream Text(string csv) => new(Encoding.UTF8.GetBytes(csv));

    /// <summary>A written CSV file's records, read back as a spreadsheet or a site would.</summary>
    public static List<string[]> CsvRows(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    public static FileStream Shared(string name) => File.OpenRead(SharedData.File(name));

    /// <summary>The real loop data 2019-2023 as history, read once for the whole test run (a skip, where it is absent, repeats).</summary>
    public static RaceHistory LoopData => LoopDataHistory.Value;

    /// <summary>The real DraftKings Brickyard 400 export, imported as a user imports it: undated, no grid.</summary>
    public static Slate Brickyard()
    {
        const string File = "dk-salaries-cup-brickyard-400.csv";
        using var stream = Shared(File);
        return SlateImport.Import(new SlateFiles(new SlateFile(File, stream))).Slate!;
    }

    private static readonly Lazy<RaceHistory> LoopDataHistory = new(() =>
    {
        const string File = "loop-data-2019-2023.csv";
        using var stream = Shared(File);
        return RaceHistory.From(LoopDataHistoryFile.Read(stream, File).Value!);
    });

    public static string MalformedFolder => Path.Combine(AppContext.BaseDirectory, "Malformed");

    public static SlateFile Slate(string fileName, string csv) => new(fileName, Text(csv));

    public static string Describe(IEnumerable<ImportProblem> problems) => string.Join(Environment.NewLine, problems);

    /// <summary>What a read that must succeed read; a failure names every problem.</summary>
    public static T Succeeded<T>(ImportResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, Describe(result.Problems));
        return result.Value;
    }

    /// <summary>A read's problems, each as the user reads it (file, line, column, message).</summary>
    public static List<string> ProblemTexts<T>(ImportResult<T> result)
        where T : class => [.. result.Problems.Select(p => p.ToString())];
}
