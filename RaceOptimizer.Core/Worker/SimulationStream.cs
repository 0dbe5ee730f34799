using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// A simulation run as it travels from a worker to whoever asked for it: progress frames while it runs, then the
/// summary (JSON) and the points matrices (binary, <see cref="PointsMatrix.WriteTo"/>), then an end frame. Each frame is
/// a kind byte, a little-endian 32-bit length and the payload. A stream that stops before the end frame means the worker
/// died; the reader says so instead of returning half a result.
/// </summary>
public static class SimulationStream
{
    public const string ContentType = WorkerProtocol.MediaTypes.Simulation;

    private const byte Progress = (byte)'P', Summary = (byte)'S', Matrix = (byte)'M', Error = (byte)'E', End = (byte)'D';

    // A summary of 1,000 drivers is far below this; anything larger is not a frame of ours.
    private const int MaxSummaryBytes = 16 << 20;

    public static Task WriteProgressAsync(Stream stream, double fraction, CancellationToken cancellationToken)
    {
        var payload = new byte[sizeof(double)];
        BinaryPrimitives.WriteDoubleLittleEndian(payload, fraction);
        return WriteFrameAsync(stream, Progress, payload, cancellationToken);
    }

    public static async Task WriteResultAsync(Stream stream, SimulationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = new SummaryFrame(result.Drivers, result.Simulations, result.Seed, result.StartsDrawn, result.MeanLaps, result.MeanCautions);
        await WriteFrameAsync(stream, Summary, JsonSerializer.SerializeToUtf8Bytes(summary, JsonSerializerOptions.Web), cancellationToken);
        foreach (var matrix in new[] { result.DraftKings, result.FanDuel }.OfType<PointsMatrix>())
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
    public static async Task<SimulationResult> ReadAsync(Stream stream, IProgress<double>? progress, TimeSpan silenceLimit, CancellationToken cancellationToken)
    {
        SummaryFrame? summary = null;
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
                if (length < 0 || (header[0] != Matrix && length > MaxSummaryBytes))
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
                case Summary:
                    summary = JsonSerializer.Deserialize<SummaryFrame>(payload, JsonSerializerOptions.Web)
                        ?? throw new InvalidDataException("The summary frame is empty.");
                    break;
                case Matrix:
                    var matrix = PointsMatrix.ReadFrom(new MemoryStream(payload));
                    matrices[matrix.Site] = matrix;
                    break;
                case Error:
                    throw new SimulationStreamException(Encoding.UTF8.GetString(payload));
                case End when summary is not null:
                    return new SimulationResult(
                        summary.Drivers, summary.Simulations, summary.Seed, summary.StartsDrawn, summary.MeanLaps, summary.MeanCautions,
                        matrices.GetValueOrDefault(Site.DraftKings), matrices.GetValueOrDefault(Site.FanDuel));
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

    private sealed record SummaryFrame(IReadOnlyList<DriverSummary> Drivers, int Simulations, ulong Seed, bool StartsDrawn, double MeanLaps, double MeanCautions);
}

/// <summary>The worker reported that the run failed.</summary>
public sealed class SimulationStreamException(string message) : Exception(message);
