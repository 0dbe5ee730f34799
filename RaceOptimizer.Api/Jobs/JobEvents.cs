using System.Text.Json;
using System.Threading.Channels;
using StackExchange.Redis;

namespace RaceOptimizer.Api.Jobs;

/// <summary>
/// Job events travel over Redis pub/sub so that every API replica can stream every job's progress, whichever
/// replica runs it. Each replica subscribes once and fans events out to its own listeners (SSE clients).
/// </summary>
public sealed class JobEvents(IConnectionMultiplexer redis, JobQueue queue, ILogger<JobEvents> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private readonly Lock listenersLock = new();
    private readonly List<Channel<JobEvent>> listeners = [];

    public async Task PublishAsync(JobEvent jobEvent)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(queue.Events, JsonSerializer.Serialize(jobEvent, Json));
        }
        catch (Exception exception) when (exception is RedisException or ObjectDisposedException)
        {
            // Events are a view of SQLite's state; a lost one is repaired by the next, and never loses a job. A job still
            // reporting while the host shuts down finds the connection disposed: the same lost event.
            logger.LogWarning(exception, "Could not publish the event of job {JobId}", jobEvent.Id);
        }
    }

    /// <summary>Listens to every job event until the token is cancelled; a slow listener loses old events, not new ones.</summary>
    public async IAsyncEnumerable<JobEvent> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<JobEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (listenersLock)
        {
            listeners.Add(channel);
        }

        try
        {
            await foreach (var jobEvent in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return jobEvent;
            }
        }
        finally
        {
            lock (listenersLock)
            {
                listeners.Remove(channel);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(queue.Events, (_, message) =>
        {
            if (JsonSerializer.Deserialize<JobEvent>(message.ToString(), Json) is not { } jobEvent)
            {
                return;
            }

            lock (listenersLock)
            {
                foreach (var listener in listeners)
                {
                    listener.Writer.TryWrite(jobEvent);
                }
            }
        });

    /// <summary>
    /// Nothing to undo: the subscription belongs to the Redis connection, which the container owns and disposes after the
    /// host has stopped, ending it. Unsubscribing here raced that disposal: under WebApplicationFactory the host is stopped
    /// twice at once (by the factory, and by Program's RunAsync, which disposes the host as soon as its own stop returns).
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
