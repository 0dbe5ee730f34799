using System.Globalization;
using System.Text;
using CsvHelper;
using RaceOptimizer.Core.Samples;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>The files tests upload: the real exports beside the repository, Core's malformed corpus, the sample's salaries.</summary>
internal static class TestFiles
{
    public const string DraftKingsBrickyard = "dk-salaries-cup-brickyard-400.csv";
    public const string FanDuelBrickyard = "fd-players-cup-brickyard-400.csv";
    public const string LoopData = "loop-data-2019-2023.csv";

    /// <summary>Core's corpus, read where it lies: each file's expected problem is documented by Core's MalformedFileTests.</summary>
    public static string Malformed(string name) => Path.Combine(SharedData.RepositoryRoot, "tests", "RaceOptimizer.Core.Tests", "Malformed", name);

    /// <summary>The sample slate's salary file, which the malformed grid, projection and ownership files name drivers of.</summary>
    public static byte[] SampleSalaries()
    {
        var files = SampleSlate.Files();
        foreach (var file in new[] { files.Grid, files.Projections, files.Ownership })
        {
            file?.Content.Dispose();
        }

        using var content = files.Salaries.Content;
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The header and the rows of one race of the shared loop data, as a file of that race alone.</summary>
    public static string LoopRace(string date, string series)
    {
        var lines = File.ReadAllLines(SharedData.File(LoopData));
        return string.Join('\n', lines.Take(1).Concat(lines.Where(l => l.Contains($",{date},{series},", StringComparison.Ordinal)))) + "\n";
    }

    /// <summary>The rows of a CSV without quoting, split into fields: the real exports have no quotes.</summary>
    public static List<string[]> Rows(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];

    /// <summary>A CSV the API wrote, its records read back as a spreadsheet or a site would.</summary>
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

    /// <summary>
    /// A starting grid of every Brickyard export driver in the export's order (Denny Hamlin, its first, on the pole),
    /// then <paramref name="fieldCars"/>, cars the slate does not sell. Every slate driver starts: a grid naming only a
    /// few would leave too few for a lineup, and the import refuses such a slate.
    /// </summary>
    public static string BrickyardGrid(params string[] fieldCars)
    {
        var cars = Rows(SharedData.File(DraftKingsBrickyard)).Select(r => r[2]).Concat(fieldCars);
        return "driver,start\n" + string.Concat(cars.Select((name, i) => $"{name},{i + 1}\n"));
    }
}
