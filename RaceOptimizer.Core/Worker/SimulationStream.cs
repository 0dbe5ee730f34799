using System.Buffers.Binary;
using System.Text;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// A simulation shard as it travels from a worker to whoever asked for it: progress frames while it runs, then the
/// shard's tally (its integer totals, binary under <see cref="TallyMagic"/>) and points matrices (binary,
/// <see cref="PointsMatrix.WriteTo"/>), then an end frame. The caller builds the summary from the tally
/// (<see cref="RaceSimulator.Merge"/>), so shards run by several workers add up exactly. Each frame is a kind byte, a
/// little-endian 32-bit length and the payload. A stream that stops before the end frame means the worker died; the
/// reader says so instead of returning half a result.
/// </summary>
public static class SimulationStream
{
    public const string ContentType = WorkerProtocol.MediaTypes.Simulation;

    // The tally frame replaced a JSON summary frame ('S'): a reader of either kind refuses the other's stream.
    private const byte Progress = (byte)'P', Tally = (byte)'T', Matrix = (byte)'M', Error = (byte)'E', End = (byte)'D';

    private const int TallyMagic = 0x5354_4F52; // "ROTS" read little-endian

    // A tally of 1,000 drivers is far below this; anything larger is not a frame of ours.
    private const int MaxTallyBytes = 64 << 20;

    public static Task WriteProgressAsync(Stream stream, double fraction, CancellationToken cancellationToken)
    {
        var payload = new byte[sizeof(double)];
        BinaryPrimitives.WriteDoubleLittleEndian(payload, fraction);
        return WriteFrameAsync(stream, Progress, payload, cancellationToken);
    }

    public static async Task WriteShardAsync(Stream stream, RaceShard shard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shard);
        using (var tally = new MemoryStream())
        {
            using (var writer = BinaryMessage.Writer(tally, TallyMagic))
            {
                writer.Write(shard.Races.First);
                writer.Write(shard.Races.Count);
                BinaryMessage.WriteArray(writer, shard.Counts);
                BinaryMessage.WriteArray(writer, shard.Sums);
            }

            await WriteFrameAsync(stream, Tally, tally.ToArray(), cancellationToken);
        }

        foreach (var matrix in new[] { shard.DraftKings, shard.FanDuel }.OfType<PointsMatrix>())
        {
            using var buffer = new MemoryStream();
            matrix.WriteTo(buffer);
            await WriteFrameAsync(stream, Matrix, buffer.ToArray(), cancellationToken);
        }

        await WriteFrameAsync(stream, End, [], cancellationToken);
    }

    /// <summary>The run failed on the worker after the response had started: the reader throws with this message.</summary>
    public static Task WriteErrorAsync(Stream stream, string message, CancellationToken cancellationToken) =>
        WriteFrameAsync(stream, Error, Encoding.UTF8.GetBytes(message), cancellationToken);

    /// <summary>
    /// Reads a run to its end frame. Throws <see cref="TimeoutException"/> when no frame arrives for
    /// <paramref name="silenceLimit"/>, <see cref="EndOfStreamException"/> when the stream stops early,
    /// <see cref="InvalidDataException"/> for anything that is not this format, and
    /// <see cref="SimulationStreamException"/> when the worker reported a failure.
    /// </summary>
    public static async Task<RaceShard> ReadAsync(Stream stream, IProgress<double>? progress, TimeSpan silenceLimit, CancellationToken cancellationToken)
    {
        (RaceRange Races, int[] Counts, long[] Sums)? tally = null;
        var matrices = new Dictionary<Site, PointsMatrix>();
        var header = new byte[5];
        while (true)
        {
            using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            silence.CancelAfter(silenceLimit);
            byte[] payload;
            try
            {
                await stream.ReadExactlyAsync(header, silence.Token);
                var length = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(1));
                if (length < 0 || (header[0] != Matrix && length > MaxTallyBytes))
                {
                    throw new InvalidDataException($"A frame of kind {header[0]} claims {length} bytes.");
                }

                payload = new byte[length];
                await stream.ReadExactlyAsync(payload, silence.Token);
            }
            catch (OperationCanceledException) when (silence.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The worker sent nothing for {silenceLimit.TotalSeconds:N0} s.");
            }

            switch (header[0])
            {
                case Progress when payload.Length == sizeof(double):
                    progress?.Report(BinaryPrimitives.ReadDoubleLittleEndian(payload));
                    break;
                case Tally:
                    tally = ReadTally(payload);
                    break;
                case Matrix:
                    var matrix = PointsMatrix.ReadFrom(new MemoryStream(payload));
                    matrices[matrix.Site] = matrix;
                    break;
                case Error:
                    throw new SimulationStreamException(Encoding.UTF8.GetString(payload));
                case End when tally is { } totals:
                    return Shard(totals.Races, totals.Counts, totals.Sums, matrices.GetValueOrDefault(Site.DraftKings), matrices.GetValueOrDefault(Site.FanDuel));
                default:
                    throw new InvalidDataException($"Unexpected frame of kind {header[0]} ({payload.Length} bytes).");
            }
        }
    }

    private static async Task WriteFrameAsync(Stream stream, byte kind, byte[] payload, CancellationToken cancellationToken)
    {
        // One write per frame: a cancelled write leaves no half frame behind.
        var frame = new byte[5 + payload.Length];
        frame[0] = kind;
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(1), payload.Length);
        payload.CopyTo(frame, 5);
        await stream.WriteAsync(frame, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The tally's lengths are checked against the race's layout where shards merge, which knows the race.</summary>
    private static (RaceRange Races, int[] Counts, long[] Sums) ReadTally(byte[] payload)
    {
        using var reader = BinaryMessage.Reader(new MemoryStream(payload), TallyMagic, "simulation tally");
        var races = new RaceRange(reader.ReadInt32(), reader.ReadInt32());
        return (races, BinaryMessage.ReadArray<int>(reader, MaxTallyBytes / sizeof(int)), BinaryMessage.ReadArray<long>(reader, MaxTallyBytes / sizeof(long)));
    }

    private static RaceShard Shard(RaceRange races, int[] counts, long[] sums, PointsMatrix? draftKings, PointsMatrix? fanDuel)
    {
        try
        {
            return new RaceShard(races, counts, sums, draftKings, fanDuel);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"The shard does not hold together: {exception.Message}", exception);
        }
    }
}

/// <summary>The worker reported that the run failed.</summary>
public sealed class SimulationStreamException(string message) : Exception(message);
