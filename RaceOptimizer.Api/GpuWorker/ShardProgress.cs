using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// The shards of one run reported as one: each shard's latest fraction, weighted by its races, summed into the run's
/// fraction done. A shard tried again reports 0 and starts over, so the bar may step back, as the work did.
/// </summary>
internal sealed class ShardProgress(IReadOnlyList<RaceRange> shards, IProgress<double> run)
{
    private readonly double[] done = new double[shards.Count];
    private readonly double races = shards.Sum(shard => (double)shard.Count);

    public IProgress<double> Of(int shard) => new Shard(this, shard);

    private void Report(int shard, double fraction)
    {
        double total;
        lock (done)
        {
            done[shard] = fraction * shards[shard].Count;
            total = done.Sum() / races;
        }

        run.Report(total);
    }

    private sealed class Shard(ShardProgress progress, int shard) : IProgress<double>
    {
        public void Report(double value) => progress.Report(shard, value);
    }
}
