namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Where a tally's totals are added: managed arrays on the CPU, device memory on a GPU (atomically, since every thread
/// adds to the same totals). <see cref="TallyLayout"/> says which index is which and what a race adds.
/// </summary>
internal interface ITallyTotals
{
    /// <summary>One more race at count <paramref name="index"/>.</summary>
    void Count(int index);

    /// <summary>Adds <paramref name="amount"/> to sum <paramref name="index"/>.</summary>
    void Add(int index, long amount);
}
