using RaceOptimizer.Api.Backup;
using RaceOptimizer.Api.Jobs.Handlers;
using RaceOptimizer.Api.Tests.Jobs;
using RaceOptimizer.Contracts.Jobs;

namespace RaceOptimizer.Api.Tests.Backup;

/// <summary>A replacing restore takes the old jobs away, and with them the points matrices they kept on disk.</summary>
public sealed class ReplacedMatricesTests(RedisServer redis) : IAsyncDisposable
{
    private readonly TestApi api = new(redis);

    [Fact]
    public async Task A_replace_restore_deletes_the_matrices_of_the_jobs_it_replaced_and_keeps_those_it_restored()
    {
        var restored = await SimulateAsync("kept through the restore");
        var backup = await api.Client.BackupAsync();
        var replaced = await SimulateAsync("gone with the restore");
        Assert.Equal(new[] { replaced.Id, restored.Id }.Order(StringComparer.Ordinal), KeptJobs());

        await api.Client.RestoreAsync(backup, RestoreModes.Replace);

        Assert.Equal([restored.Id], KeptJobs());
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();

    private async Task<JobView> SimulateAsync(string name)
    {
        var submitted = await api.Client.SubmitAsync(JobCalls.Simulate(50, name));
        var job = await api.Client.WaitUntilFinishedAsync(submitted.Id);
        Assert.Equal(JobStatus.Completed, job.Status);
        return job;
    }

    private string[] KeptJobs() =>
        [.. new SimulationFiles(new ApiEnvironment(api.DataFolder, new RedisChoice("test", "test"))).Kept().Select(m => m.JobId).Distinct().Order(StringComparer.Ordinal)];
}
