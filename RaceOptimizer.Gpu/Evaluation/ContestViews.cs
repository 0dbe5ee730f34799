using ILGPU;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>A contest's rank table on the device, read through Core's <see cref="IRankTable"/> so <see cref="PlacePayout"/> values places.</summary>
internal readonly struct DeviceRanks(ArrayView<double> totals, int ranks, int shifts) : IRankTable
{
    public int Ranks => ranks;

    public int Shifts => shifts;

    public double Cumulative(int ranks, int shift, int column) => totals[SampledRanks.Index(ranks, shift, column, shifts)];
}

/// <summary>What the payout kernel reads of a contest: <see cref="ContestTables"/> on the device.</summary>
internal readonly struct ContestViews(ArrayView<int> field, int fieldSize, double rankWidth, ArrayView<int> cashLines, DeviceRanks ranks)
{
    public ArrayView<int> Field { get; } = field;

    public int FieldSize { get; } = fieldSize;

    public double RankWidth { get; } = rankWidth;

    public ArrayView<int> CashLines { get; } = cashLines;

    public DeviceRanks Ranks { get; } = ranks;

    /// <summary>How many of a race's field scores are below <paramref name="score"/>, or with <paramref name="orEqual"/> at most it.</summary>
    public int CountBelow(int simulation, int score, bool orEqual)
    {
        var first = (long)simulation * FieldSize;
        var (low, high) = (0, FieldSize);
        while (low < high)
        {
            var middle = (low + high) / 2;
            var value = Field[first + middle];
            if (value < score || (orEqual && value == score))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
