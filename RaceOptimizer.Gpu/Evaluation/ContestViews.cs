using ILGPU;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>A contest's prizes on the device, read through Core's <see cref="IPrizeTable"/> so <see cref="PlacePayout"/> pays places.</summary>
internal readonly struct DevicePrizes(ArrayView<double> prizes, ArrayView<double> cumulative) : IPrizeTable
{
    public int Entries => prizes.IntLength;

    public double Prize(int place) => prizes[place];

    public double CumulativePrize(int places) => cumulative[places];
}

/// <summary>What the payout kernel reads of a contest: <see cref="ContestTables"/> on the device.</summary>
internal readonly struct ContestViews(ArrayView<int> field, int fieldSize, double fieldWeight, ArrayView<int> cashLines, int topOnePercentPlaces, DevicePrizes prizes)
{
    public ArrayView<int> Field { get; } = field;

    public int FieldSize { get; } = fieldSize;

    public double FieldWeight { get; } = fieldWeight;

    public ArrayView<int> CashLines { get; } = cashLines;

    public int TopOnePercentPlaces { get; } = topOnePercentPlaces;

    public DevicePrizes Prizes { get; } = prizes;

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
