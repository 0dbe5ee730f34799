using BenchmarkDotNet.Running;

// Named through a benchmark: the worker's own (public) Program comes with its project reference.
BenchmarkSwitcher.FromAssembly(typeof(RaceOptimizer.Benchmarks.RaceSimulationBenchmark).Assembly).Run(args);
