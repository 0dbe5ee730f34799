using System.Runtime.InteropServices;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// What a lineup evaluation needs, in the compact binary form the worker's `POST /lineups/evaluate` takes: a header,
/// the points matrix as <see cref="PointsMatrix.WriteTo"/> writes it, the lineups as 64-bit masks, one threshold per
/// simulation and the bins, all little-endian. The reply is <see cref="WriteTallies"/>'s.
/// </summary>
public sealed record LineupEvaluationRequest(PointsMatrix Points, ulong[] Lineups, int[] Thresholds, HistogramBins Bins)
{
    public const string ContentType = WorkerProtocol.MediaTypes.Lineups;

    /// <summary>More masks than any portfolio holds; bounds what a request can make the reader allocate.</summary>
    public const int MaxLineups = 1 << 20;

    private const int RequestMagic = 0x454C_4F52; // "ROLE" read little-endian
    private const int TalliesMagic = 0x544C_4F52; // "ROLT"
    private const string Message = "lineup evaluation message";

    public void WriteTo(Stream stream)
    {
        using var writer = BinaryMessage.Writer(stream, RequestMagic);
        Points.WriteTo(stream);
        writer.Write(Lineups.Length);
        writer.Write(MemoryMarshal.AsBytes(Lineups.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Thresholds.AsSpan()));
        writer.Write(Bins.Min);
        writer.Write(Bins.Width);
        writer.Write(Bins.Count);
    }

    /// <exception cref="InvalidDataException">Not a request of this version, or one cut short.</exception>
    public static LineupEvaluationRequest ReadFrom(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, RequestMagic, Message);
        var points = PointsMatrix.ReadFrom(stream);
        var lineups = new ulong[BinaryMessage.Count(reader.ReadInt32(), MaxLineups)];
        stream.ReadExactly(MemoryMarshal.AsBytes(lineups.AsSpan()));
        var thresholds = new int[points.Simulations];
        stream.ReadExactly(MemoryMarshal.AsBytes(thresholds.AsSpan()));
        return new LineupEvaluationRequest(points, lineups, thresholds, new HistogramBins(reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32()));
    }

    public static void WriteTallies(Stream stream, LineupTallies tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        using var writer = BinaryMessage.Writer(stream, TalliesMagic);
        writer.Write(tallies.Lineups);
        writer.Write(tallies.Bins);
        writer.Write(MemoryMarshal.AsBytes(tallies.Sums.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(tallies.SumsOfSquares.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(tallies.Reaching.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(tallies.Histograms.AsSpan()));
    }

    /// <exception cref="InvalidDataException">Not tallies of this version, or ones cut short.</exception>
    public static LineupTallies ReadTallies(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, TalliesMagic, Message);
        var lineups = BinaryMessage.Count(reader.ReadInt32(), MaxLineups);
        var bins = BinaryMessage.Count(reader.ReadInt32(), int.MaxValue / Math.Max(1, lineups));
        var tallies = new LineupTallies(new long[lineups], new long[lineups], new int[lineups], new int[lineups * bins], bins);
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Sums.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.SumsOfSquares.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Reaching.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Histograms.AsSpan()));
        return tallies;
    }
}
