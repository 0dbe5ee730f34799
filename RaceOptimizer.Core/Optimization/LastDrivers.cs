namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// The lineups of a walk that share every driver but the last, held until the walk leaves their prefix, so that
/// <see cref="SimulationRanking"/> scores them in one pass over the simulations instead of one pass each.
/// </summary>
internal sealed class LastDrivers(int capacity, int simulations, int nobody)
{
    private readonly int[] drivers = new int[capacity];
    private readonly ulong[] lineups = new ulong[capacity];
    private readonly int[] salaries = new int[capacity];
    private readonly int[] counts = new int[capacity];
    private readonly int[] targets = new int[simulations];
    private int? target;

    public int Count { get; private set; }

    /// <summary>The driver in the slot before the last (nobody where that slot is locked or there is none), whom the waiting lineups share.</summary>
    public int BeforeLast { get; set; } = nobody;

    /// <summary>Whether the partial sums or the targets changed since the counter last took them.</summary>
    public bool ResidualsStale { get; set; } = true;

    /// <summary>The walk depth of the last slot; the waiting lineups share the partial sums of the slots before the last two.</summary>
    public int Depth { get; private set; }

    public ReadOnlySpan<int> Drivers => drivers.AsSpan(0, Count);

    public ReadOnlySpan<ulong> Lineups => lineups.AsSpan(0, Count);

    public ReadOnlySpan<int> Salaries => salaries.AsSpan(0, Count);

    /// <summary>Room for one count per waiting lineup.</summary>
    public Span<int> Counts => counts.AsSpan(0, Count);

    /// <summary>The walk's position of the first waiting lineup's last driver: the others' come after it.</summary>
    public int FirstPosition { get; private set; }

    public void Add(int depth, int position, int driver, ulong lineup, int salary)
    {
        (Depth, FirstPosition) = Count == 0 ? (depth, position) : (Depth, FirstPosition);
        (drivers[Count], lineups[Count], salaries[Count]) = (driver, lineup, salary);
        Count++;
    }

    public void Clear() => Count = 0;

    /// <summary>The same target in every simulation, filled again (and the residuals stale) only when it changes.</summary>
    public int[] Targets(int value)
    {
        if (target != value)
        {
            Array.Fill(targets, value);
            target = value;
            ResidualsStale = true;
        }

        return targets;
    }
}
