using System.Runtime.InteropServices;

namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// What scoring lineups on the worker needs, in the binary form its `POST /lineups/score` takes: the points driver by
/// driver (as <see cref="SimulatedPoints"/> holds them, so neither side transposes), the measure, the thresholds (tail
/// only; none otherwise) and the lineups as 64-bit masks, all little-endian. The reply is <see cref="WriteScores"/>'s:
/// one score per lineup, in order.
/// </summary>
public sealed record LineupScoringRequest(SimulatedPoints Points, ObjectiveMeasure Measure, int[] Thresholds, ulong[] Lineups)
{
    public const string ContentType = "application/vnd.raceoptimizer.lineup-scores";

    /// <summary>A bound on what one request can make the reader allocate; callers send bigger spaces in parts.</summary>
    public const int MaxLineups = 1 << 20;

    private const int MaxSimulations = 1 << 22;
    private const int RequestMagic = 0x534C_4F52; // "ROLS" read little-endian
    private const int ScoresMagic = 0x564C_4F52; // "ROLV"
    private const string Message = "lineup scoring message";

    public void WriteTo(Stream stream)
    {
        using var writer = BinaryMessage.Writer(stream, RequestMagic);
        writer.Write(Points.Drivers);
        writer.Write(Points.Simulations);
        for (var driver = 0; driver < Points.Drivers; driver++)
        {
            writer.Write(MemoryMarshal.AsBytes(Points.Of(driver)));
        }

        writer.Write((int)Measure.Kind);
        writer.Write(Measure.Rank);
        writer.Write(Thresholds.Length);
        writer.Write(MemoryMarshal.AsBytes(Thresholds.AsSpan()));
        writer.Write(Lineups.Length);
        writer.Write(MemoryMarshal.AsBytes(Lineups.AsSpan()));
    }

    /// <exception cref="InvalidDataException">Not a request of this version, or one cut short.</exception>
    public static LineupScoringRequest ReadFrom(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, RequestMagic, Message);
        var drivers = BinaryMessage.Count(reader.ReadInt32(), LineupSpace.MaxDrivers);
        var simulations = BinaryMessage.Count(reader.ReadInt32(), MaxSimulations);
        var rows = new int[drivers][];
        for (var driver = 0; driver < drivers; driver++)
        {
            rows[driver] = new int[simulations];
            stream.ReadExactly(MemoryMarshal.AsBytes(rows[driver].AsSpan()));
        }

        var kind = reader.ReadInt32();
        if (!Enum.IsDefined((ObjectiveKind)kind))
        {
            throw new InvalidDataException($"Objective kind {kind} is not one of RaceOptimizer's.");
        }

        var measure = new ObjectiveMeasure((ObjectiveKind)kind, reader.ReadInt32());
        var thresholds = new int[BinaryMessage.Count(reader.ReadInt32(), simulations)];
        stream.ReadExactly(MemoryMarshal.AsBytes(thresholds.AsSpan()));
        var lineups = new ulong[BinaryMessage.Count(reader.ReadInt32(), MaxLineups)];
        stream.ReadExactly(MemoryMarshal.AsBytes(lineups.AsSpan()));
        return new LineupScoringRequest(new SimulatedPoints(rows), measure, thresholds, lineups);
    }

    public static void WriteScores(Stream stream, long[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var writer = BinaryMessage.Writer(stream, ScoresMagic);
        writer.Write(scores.Length);
        writer.Write(MemoryMarshal.AsBytes(scores.AsSpan()));
    }

    /// <exception cref="InvalidDataException">Not scores of this version, or ones cut short.</exception>
    public static long[] ReadScores(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, ScoresMagic, Message);
        var scores = new long[BinaryMessage.Count(reader.ReadInt32(), MaxLineups)];
        stream.ReadExactly(MemoryMarshal.AsBytes(scores.AsSpan()));
        return scores;
    }
}
