using RaceOptimizer.Core.History;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// One simulated race as the CPU's tally and points matrices read it, per driver in the setup's order: spans over the
/// CPU's race state. (A GPU tallies its races where they ran, by the same <see cref="TallyLayout"/>.)
/// </summary>
internal readonly ref struct RaceOutcome(
    ReadOnlySpan<int> finish,
    ReadOnlySpan<FinishStatus> status,
    ReadOnlySpan<int> lapsLed,
    ReadOnlySpan<int> fastestLaps,
    ReadOnlySpan<int> draftKings,
    ReadOnlySpan<int> fanDuel,
    int laps,
    int cautions)
{
    public ReadOnlySpan<int> Finish { get; } = finish;

    public ReadOnlySpan<FinishStatus> Status { get; } = status;

    public ReadOnlySpan<int> LapsLed { get; } = lapsLed;

    public ReadOnlySpan<int> FastestLaps { get; } = fastestLaps;

    public ReadOnlySpan<int> DraftKings { get; } = draftKings;

    public ReadOnlySpan<int> FanDuel { get; } = fanDuel;

    public int Laps { get; } = laps;

    public int Cautions { get; } = cautions;
}
