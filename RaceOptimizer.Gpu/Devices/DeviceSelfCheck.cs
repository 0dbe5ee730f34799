using ILGPU;
using ILGPU.Runtime;

namespace RaceOptimizer.Gpu.Devices;

/// <summary>
/// Compiles and runs one tiny kernel at start-up and compares its result with the CPU's, so that health
/// reports a device that really computes, not merely one that was found.
/// </summary>
public static class DeviceSelfCheck
{
    private const int Length = 1024;

    public static string? Run(Accelerator accelerator)
    {
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>>(SquareIndex);
        using var buffer = accelerator.Allocate1D<int>(Length);
        kernel(Length, buffer.View);
        accelerator.Synchronize();
        var values = buffer.GetAsArray1D();
        var wrong = Enumerable.Range(0, Length).FirstOrDefault(i => values[i] != i * i, -1);
        return wrong < 0 ? null : $"the self-check kernel computed {values[wrong]} for {wrong}², expected {wrong * wrong}";
    }

    private static void SquareIndex(Index1D index, ArrayView<int> output) => output[index] = index * index;
}
