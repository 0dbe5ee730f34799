using System.Runtime.InteropServices;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// What a lineup evaluation needs, in the compact binary form the worker's `POST /lineups/evaluate` takes: a header,
/// the points matrix as <see cref="PointsMatrix.WriteTo"/> writes it, the lineups as 64-bit masks, one threshold per
/// simulation and the bins, all little-endian. The reply is <see cref="WriteTallies"/>'s.
/// </summary>
public sealed record LineupEvaluationRequest(PointsMatrix Points, ulong[] Lineups, int[] Thresholds, HistogramBins Bins)
{
    public const string ContentType = "application/vnd.raceoptimizer.lineups";

    /// <summary>More masks than any portfolio holds; bounds what a request can make the reader allocate.</summary>
    public const int MaxLineups = 1 << 20;

    private const int RequestMagic = 0x454C_4F52; // "ROLE" read little-endian
    private const int TalliesMagic = 0x544C_4F52; // "ROLT"
    private const int FormatVersion = 1;

    public void WriteTo(Stream stream)
    {
        using var writer = Header(stream, RequestMagic);
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
        using var reader = Reader(stream, RequestMagic);
        var points = PointsMatrix.ReadFrom(stream);
        var lineups = new ulong[Count(reader.ReadInt32(), MaxLineups)];
        stream.ReadExactly(MemoryMarshal.AsBytes(lineups.AsSpan()));
        var thresholds = new int[points.Simulations];
        stream.ReadExactly(MemoryMarshal.AsBytes(thresholds.AsSpan()));
        return new LineupEvaluationRequest(points, lineups, thresholds, new HistogramBins(reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32()));
    }

    public static void WriteTallies(Stream stream, LineupTallies tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        using var writer = Header(stream, TalliesMagic);
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
        using var reader = Reader(stream, TalliesMagic);
        var lineups = Count(reader.ReadInt32(), MaxLineups);
        var bins = Count(reader.ReadInt32(), int.MaxValue / Math.Max(1, lineups));
        var tallies = new LineupTallies(new long[lineups], new long[lineups], new int[lineups], new int[lineups * bins], bins);
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Sums.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.SumsOfSquares.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Reaching.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(tallies.Histograms.AsSpan()));
        return tallies;
    }

    private static BinaryWriter Header(Stream stream, int magic)
    {
        var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(FormatVersion);
        return writer;
    }

    private static BinaryReader Reader(Stream stream, int magic)
    {
        var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a lineup evaluation message of this version of RaceOptimizer.");
        }

        return reader;
    }

    private static int Count(int count, int max) =>
        count is >= 0 && count <= max ? count : throw new InvalidDataException($"A count of {count} is outside 0 to {max}.");
}
