using RaceOptimizer.Gpu.Devices;
using RaceOptimizer.Gpu.Evaluation;
using RaceOptimizer.Gpu.Simulation;

namespace RaceOptimizer.Gpu.Tests;

/// <summary>
/// One CPU accelerator and its compiled kernels for a test class: compiling costs seconds, so each kernel is compiled
/// on first use and kept.
/// </summary>
public sealed class CpuAccelerator : IDisposable
{
    private readonly ComputeDevice device = new(AcceleratorPreference.Cpu);
    private readonly Lazy<GpuRaceSimulator> simulator;
    private readonly Lazy<GpuLineupEvaluator> evaluator;
    private readonly Lazy<GpuLineupScorer> scorer;

    public CpuAccelerator()
    {
        simulator = new(() => new GpuRaceSimulator(device));
        evaluator = new(() => new GpuLineupEvaluator(device));
        scorer = new(() => new GpuLineupScorer(device));
    }

    public GpuRaceSimulator Simulator => simulator.Value;

    public GpuLineupEvaluator Evaluator => evaluator.Value;

    public GpuLineupScorer Scorer => scorer.Value;

    public void Dispose() => device.Dispose();
}
