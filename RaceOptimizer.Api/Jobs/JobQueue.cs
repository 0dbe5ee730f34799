using StackExchange.Redis;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// The Redis side of the job queue: a list of waiting ids, a processing list they move into atomically (LMOVE),
/// and a lease per running job that its runner renews. Only commands that Redis 7 and Garnet 2.2 both have
/// (lists, strings with expiry, pub/sub). StackExchange.Redis multiplexes one connection, so blocking BLMOVE
/// would stall every other command: runners LMOVE and sleep on a pub/sub wake-up instead.
/// </summary>
public sealed class JobQueue(IConnectionMultiplexer redis, Microsoft.Extensions.Options.IOptions<JobOptions> options)
{
    private readonly string prefix = options.Value.KeyPrefix;

    public RedisChannel Wakeups => RedisChannel.Literal(prefix + "wakeups");

    public RedisChannel Cancellations => RedisChannel.Literal(prefix + "cancellations");

    public RedisChannel Events => RedisChannel.Literal(prefix + "events");

    private RedisKey Waiting => prefix + "waiting";

    private RedisKey Processing => prefix + "processing";

    private IDatabase Database => redis.GetDatabase();

    /// <summary>False while the connection to Redis is down: best-effort writes skip it instead of waiting out its timeout.</summary>
    public bool IsConnected => redis.IsConnected;

    public async Task EnqueueAsync(string id)
    {
        await Database.ListLeftPushAsync(Waiting, id);
        await redis.GetSubscriber().PublishAsync(Wakeups, id);
    }

    /// <summary>Moves the oldest waiting id into the processing list; null when nothing waits.</summary>
    public async Task<string?> ClaimAsync()
    {
        var id = await Database.ListMoveAsync(Waiting, Processing, ListSide.Right, ListSide.Left);
        return id.IsNull ? null : id.ToString();
    }

    /// <summary>Takes the job's lease for one run; false when another run holds it.</summary>
    public Task<bool> TakeLeaseAsync(string id, string runToken, TimeSpan ttl) =>
        Database.StringSetAsync(Lease(id), runToken, ttl, When.NotExists);

    /// <summary>
    /// Extends the lease while this run still holds it. A lease Redis no longer has (a wipe, a restart without
    /// persistence) is taken again: the run asking is alive. Lost when another run holds it.
    /// </summary>
    public async Task<LeaseRenewal> RenewLeaseAsync(string id, string runToken, TimeSpan ttl)
    {
        var holder = await Database.StringGetAsync(Lease(id));
        if (holder.IsNull)
        {
            return await TakeLeaseAsync(id, runToken, ttl) ? LeaseRenewal.Retaken : LeaseRenewal.Lost;
        }

        return holder == runToken && await Database.KeyExpireAsync(Lease(id), ttl) ? LeaseRenewal.Renewed : LeaseRenewal.Lost;
    }

    public Task<bool> HasLeaseAsync(string id) => Database.KeyExistsAsync(Lease(id));

    /// <summary>Drops one processing entry of the job and, if this run holds it, the lease.</summary>
    public async Task ReleaseAsync(string id, string runToken)
    {
        await Database.ListRemoveAsync(Processing, id, count: 1);
        if (await Database.StringGetAsync(Lease(id)) == runToken)
        {
            await Database.KeyDeleteAsync(Lease(id));
        }
    }

    public Task RemoveWaitingAsync(string id) => Database.ListRemoveAsync(Waiting, id);

    /// <summary>Tells every replica's runner to stop the job now (the heartbeat also reads the flag from SQLite).</summary>
    public Task RequestCancelAsync(string id) => redis.GetSubscriber().PublishAsync(Cancellations, id);

    /// <summary>Puts back a job whose run was lost: its stale processing entry goes, a waiting one comes.</summary>
    public async Task RequeueAsync(string id)
    {
        await Database.ListRemoveAsync(Processing, id, count: 1);
        await EnqueueAsync(id);
    }

    /// <summary>The ids waiting in Redis (after a wipe or a lost write, fewer than SQLite's queued jobs).</summary>
    public async Task<HashSet<string>> WaitingIdsAsync() =>
        [.. (await Database.ListRangeAsync(Waiting)).Select(id => id.ToString())];

    private RedisKey Lease(string id) => prefix + "lease:" + id;
}

/// <summary>What a heartbeat's renewal found: the run's lease, none (Redis forgot it; taken again), or another run's.</summary>
public enum LeaseRenewal
{
    Renewed,
    Retaken,
    Lost,
}
