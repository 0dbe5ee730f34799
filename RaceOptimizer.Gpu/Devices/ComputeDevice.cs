using ILGPU;
using ILGPU.Runtime;
using RaceOptimizer.Core.Worker;

namespace RaceOptimizer.Gpu.Devices;

/// <summary>
/// The one ILGPU context and accelerator of this worker, created at start-up and kept for the process
/// lifetime: creating an accelerator (and compiling kernels for it) costs far more than any request.
/// </summary>
public sealed class ComputeDevice : IDisposable
{
    private static readonly AcceleratorType[] AutoOrder = [AcceleratorType.Cuda, AcceleratorType.OpenCL, AcceleratorType.CPU];

    private readonly Context context;

    public ComputeDevice(AcceleratorPreference preference)
    {
        context = Context.Create(builder => builder.Default().EnableAlgorithms());
        var device = Choose(context, preference);
        Accelerator = device.CreateAccelerator(context);
        Info = new WorkerDevice(
            Accelerator.AcceleratorType.ToString(),
            Accelerator.Name,
            MemoryOf(Accelerator),
            Accelerator.NumMultiprocessors);
    }

    public Accelerator Accelerator { get; }

    public WorkerDevice Info { get; }

    public void Dispose()
    {
        Accelerator.Dispose();
        context.Dispose();
    }

    /// <summary>The CPU accelerator reports long.MaxValue (unbounded); what it can really use is the process's memory.</summary>
    private static long MemoryOf(Accelerator accelerator) =>
        accelerator.AcceleratorType == AcceleratorType.CPU
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes
            : accelerator.MemorySize;

    private static Device Choose(Context context, AcceleratorPreference preference)
    {
        var order = preference switch
        {
            AcceleratorPreference.Cuda => [AcceleratorType.Cuda],
            AcceleratorPreference.OpenCL => [AcceleratorType.OpenCL],
            AcceleratorPreference.Cpu => [AcceleratorType.CPU],
            _ => AutoOrder,
        };

        return order
            .Select(type => context.Devices.FirstOrDefault(device => device.AcceleratorType == type))
            .FirstOrDefault(device => device is not null)
            ?? throw new InvalidOperationException(
                $"No ILGPU device of kind {string.Join(" or ", order)} is available (preference: {preference}).");
    }
}
