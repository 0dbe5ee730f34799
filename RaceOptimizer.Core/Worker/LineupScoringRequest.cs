using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// What scoring lineups on the worker needs, in the binary form its `POST /lineups/score` takes: the points driver by
/// driver, the measure, the thresholds (tail only; none otherwise) and the lineups as 64-bit masks, all little-endian.
/// The reply is <see cref="WriteScores"/>'s: one score per lineup, in order.
/// </summary>
public sealed record LineupScoringRequest(SimulatedPoints Points, ObjectiveMeasure Measure, int[] Thresholds, ulong[] Lineups)
{
    public const string ContentType = WorkerProtocol.MediaTypes.LineupScores;

    /// <summary>A bound on what one request can make the reader allocate; callers send bigger spaces in parts.</summary>
    public const int MaxLineups = 1 << 20;

    private const int RequestMagic = 0x534C_4F52; // "ROLS" read little-endian
    private const int ScoresMagic = 0x564C_4F52; // "ROLV"
    private const string Message = "lineup scoring message";

    public void WriteTo(Stream stream)
    {
        using var writer = BinaryMessage.Writer(stream, RequestMagic);
        BinaryMessage.WritePoints(writer, Points);
        writer.Write((int)Measure.Kind);
        writer.Write(Measure.Rank);
        BinaryMessage.WriteArray(writer, Thresholds);
        BinaryMessage.WriteArray(writer, Lineups);
    }

    /// <exception cref="InvalidDataException">Not a request of this version, or one cut short.</exception>
    public static LineupScoringRequest ReadFrom(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, RequestMagic, Message);
        var points = BinaryMessage.ReadPoints(reader);
        var kind = reader.ReadInt32();
        if (!Enum.IsDefined((ObjectiveKind)kind))
        {
            throw new InvalidDataException($"Objective kind {kind} is not one of RaceOptimizer's.");
        }

        var measure = new ObjectiveMeasure((ObjectiveKind)kind, reader.ReadInt32());
        var thresholds = BinaryMessage.ReadArray<int>(reader, points.Simulations);
        return new LineupScoringRequest(points, measure, thresholds, BinaryMessage.ReadArray<ulong>(reader, MaxLineups));
    }

    public static void WriteScores(Stream stream, long[] scores) => BinaryMessage.WriteReply(stream, ScoresMagic, scores);

    /// <exception cref="InvalidDataException">Not scores of this version, or ones cut short.</exception>
    public static long[] ReadScores(Stream stream) => BinaryMessage.ReadReply<long>(stream, ScoresMagic, Message, MaxLineups);
}
