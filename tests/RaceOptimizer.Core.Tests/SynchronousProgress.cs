namespace RaceOptimizer.Core.Tests;

/// <summary>Records progress as it is reported; Progress&lt;T&gt; would post it to the thread pool, out of order.</summary>
internal sealed class SynchronousProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
