using System.Text;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Core.Tests;

public sealed class ProblemListLimitTests
{
    [Fact]
    public void A_file_with_thousands_of_problems_lists_the_first_hundred_and_counts_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Driver {i},not-a-number,{(i % 40) + 1}\n"));
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("driver,dk_points,finish\n" + rows));

        var result = ProjectionFile.Read(file, "garbage.csv");

        Assert.False(result.Succeeded);
        Assert.Equal(ImportLimits.ListedProblems + 1, result.Problems.Count);
        Assert.Equal(2, result.Problems[0].Line);
        var more = result.Problems[^1];
        Assert.Equal((102, null), (more.Line, more.Column));
        Assert.StartsWith("4,900 more problems from here on are not listed", more.Message, StringComparison.Ordinal);
    }
}
