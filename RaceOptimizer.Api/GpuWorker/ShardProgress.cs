namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// The shards of one stage reported as one: each shard's latest fraction, weighted by its size (races or lineups),
/// summed into the stage's fraction done. A shard tried again reports 0 and starts over, so the bar may step back, as the work did.
/// </summary>
internal sealed class ShardProgress(IReadOnlyList<int> sizes, IProgress<double> stage)
{
    private readonly double[] done = new double[sizes.Count];
    private readonly double total = sizes.Sum(size => (double)size);

    public IProgress<double> Of(int shard) => new Shard(this, shard);

    private void Report(int shard, double fraction)
    {
        double fractionDone;
        lock (done)
        {
            done[shard] = fraction * sizes[shard];
            fractionDone = done.Sum() / total;
        }

        stage.Report(fractionDone);
    }

    private sealed class Shard(ShardProgress progress, int shard) : IProgress<double>
    {
        public void Report(double value) => progress.Report(shard, value);
    }
}
