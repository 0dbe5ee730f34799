namespace RaceOptimizer.EndToEnd.Tests;

/// <summary>The sample race's files (RaceOptimizer.Core/Samples), copied beside the tests.</summary>
public static class Samples
{
    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string Salaries => File("sample-dk-salaries.csv");

    public static string Grid => File("sample-grid.csv");

    public static string Projections => File("sample-projections.csv");

    public static string Ownership => File("sample-ownership.csv");
}
