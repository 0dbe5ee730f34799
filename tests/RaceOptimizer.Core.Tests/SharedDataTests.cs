using RaceOptimizer.Testing;

namespace RaceOptimizer.Core.Tests;

public class SharedDataTests
{
    [Fact]
    public void The_loop_data_is_found_beside_the_repository()
    {
        var path = SharedData.File("loop-data-2019-2023.csv");
        Assert.True(new FileInfo(path).Length > 1_000_000);
    }
}
