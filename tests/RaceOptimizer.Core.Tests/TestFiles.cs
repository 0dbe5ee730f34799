using System.Text;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests;

/// <summary>Streams for tests: CSV text written inline, the real exports beside the repository, the malformed corpus.</summary>
internal static class TestFiles
{
    public static MemoryStream Text(string csv) => new(Encoding.UTF8.GetBytes(csv));

    public static FileStream Shared(string name) => File.OpenRead(SharedData.File(name));

    public static string MalformedFolder => Path.Combine(AppContext.BaseDirectory, "Malformed");

    public static SlateFile Slate(string fileName, string csv) => new(fileName, Text(csv));

    public static string Describe(IEnumerable<ImportProblem> problems) => string.Join(Environment.NewLine, problems);
}
