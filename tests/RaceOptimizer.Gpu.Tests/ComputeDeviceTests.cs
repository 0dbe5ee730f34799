using RaceOptimizer.Gpu.Devices;

namespace RaceOptimizer.Gpu.Tests;

public sealed class ComputeDeviceTests
{
    [Fact]
    public void The_CPU_accelerator_passes_the_self_check_kernel()
    {
        using var device = new ComputeDevice(AcceleratorPreference.Cpu);

        Assert.Equal("CPU", device.Info.Kind);
        Assert.Null(DeviceSelfCheck.Run(device.Accelerator));
    }

    [Fact]
    public void Auto_always_finds_a_device_because_the_CPU_accelerator_is_last_in_line()
    {
        using var device = new ComputeDevice(AcceleratorPreference.Auto);

        Assert.Contains(device.Info.Kind, new[] { "Cuda", "OpenCL", "CPU" });
    }
}
