using ILGPU;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>
/// Lineups as the lineup kernels read them: the points matrix driver by driver (with a last row of zeros) and each
/// lineup's drivers as <see cref="Size"/> row indices (<see cref="DeviceLineups"/> lays both out).
/// </summary>
internal readonly struct LineupRows(ArrayView<int> points, int simulations, ArrayView<int> members, int size)
{
    public ArrayView<int> Points { get; } = points;

    public int Simulations { get; } = simulations;

    public ArrayView<int> Members { get; } = members;

    public int Size { get; } = size;

    /// <summary>The lineup's points in one simulation.</summary>
    public int Score(int lineup, int simulation)
    {
        var score = 0;
        for (var member = 0; member < Size; member++)
        {
            score += Points[((long)Members[(lineup * Size) + member] * Simulations) + simulation];
        }

        return score;
    }

    /// <summary>The same matrix with lineups <paramref name="first"/> to first + count - 1 only, for one launch of a long list.</summary>
    public LineupRows Slice(int first, int count) => new(Points, Simulations, Members.SubView((long)first * Size, (long)count * Size), Size);
}
