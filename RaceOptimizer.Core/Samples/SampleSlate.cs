using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Samples;

/// <summary>
/// A made-up DraftKings Cup slate for the Hollywood Casino 400 at Kansas: real drivers, invented ids, salaries, grid,
/// projections and ownership. It ships inside the assembly so a fresh install has something to optimize, and it goes
/// through the same import as a user's files; its grid spells some names differently on purpose. Its ownership is one a
/// real field could have (it spends $48,500 a lineup on average: <see cref="Optimization.Contests.OwnershipTargets"/>'s
/// estimate for the slate); the first version's implied $9,286 a roster slot, which no lineup under the cap allows.
/// </summary>
public static class SampleSlate
{
    private const string Prefix = "RaceOptimizer.Core.Samples.";

    /// <summary>The sample's files, opened from the assembly, as <see cref="SlateImport"/> takes them.</summary>
    public static SlateFiles Files() => new(
        Open("sample-dk-salaries.csv"),
        Open("sample-grid.csv"),
        Open("sample-projections.csv"),
        Open("sample-ownership.csv"));

    public static Slate Load()
    {
        var files = Files();
        try
        {
            var result = SlateImport.Import(files, new SlateImportOptions { Id = "sample-dk-cup-kansas" });
            return result.Slate ?? throw new InvalidOperationException($"The sample slate does not import: {string.Join("; ", result.Problems)}");
        }
        finally
        {
            foreach (var file in new[] { files.Salaries, files.Grid, files.Projections, files.Ownership })
            {
                file?.Content.Dispose();
            }
        }
    }

    private static SlateFile Open(string name) =>
        new(name, typeof(SampleSlate).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The resource {Prefix + name} is missing from the assembly."));
}
