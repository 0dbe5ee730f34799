namespace RaceOptimizer.Gpu.Devices;

/// <summary>Which ILGPU accelerator the worker may use: `Auto` tries CUDA, then OpenCL, then the CPU accelerator.</summary>
public enum AcceleratorPreference
{
    Auto,
    Cuda,
    OpenCL,
    Cpu,
}
