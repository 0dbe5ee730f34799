using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// What paying lineups against a contest field on the worker needs, in the binary form its `POST /lineups/payouts`
/// takes: the points driver by driver, the contest's tables and the lineups as 64-bit masks, all little-endian. The
/// reply is <see cref="WriteTallies"/>'s: one <see cref="ContestTally"/> per lineup, in order.
/// </summary>
public sealed record LineupPayoutRequest(SimulatedPoints Points, ContestTables Contest, ulong[] Lineups)
{
    public const string ContentType = WorkerProtocol.MediaTypes.LineupPayouts;

    /// <summary>More than any candidate pool holds; bounds what a request can make the reader allocate.</summary>
    public const int MaxLineups = 1 << 20;

    private const int MaxFieldScores = 1 << 28;

    /// <summary>A rank table's values: a row of at most 68 per sampled rank, for fields far past the jobs' 10,000 lineups.</summary>
    private const int MaxRankTotals = 1 << 24;
    private const int RequestMagic = 0x3250_4C52; // "RLP2" read little-endian: the rank table replaced the prize table
    private const int TalliesMagic = 0x3243_4C52; // "RLC2": tallies count expected cashes, top-1% finishes and wins
    private const string Message = "lineup payout message";

    public void WriteTo(Stream stream)
    {
        using var writer = BinaryMessage.Writer(stream, RequestMagic);
        BinaryMessage.WritePoints(writer, Points);
        BinaryMessage.WriteArray(writer, Contest.FieldScores);
        writer.Write(Contest.FieldSize);
        writer.Write(Contest.RankWidth);
        BinaryMessage.WriteArray(writer, Contest.CashLines);
        BinaryMessage.WriteArray(writer, Contest.RankTotals);
        writer.Write(Contest.Ranks);
        writer.Write(Contest.Shifts);
        BinaryMessage.WriteArray(writer, Lineups);
    }

    /// <exception cref="InvalidDataException">Not a request of this version, or one cut short.</exception>
    public static LineupPayoutRequest ReadFrom(Stream stream)
    {
        using var reader = BinaryMessage.Reader(stream, RequestMagic, Message);
        var points = BinaryMessage.ReadPoints(reader);
        var contest = new ContestTables(
            BinaryMessage.ReadArray<int>(reader, MaxFieldScores),
            reader.ReadInt32(),
            reader.ReadDouble(),
            BinaryMessage.ReadArray<int>(reader, points.Simulations),
            BinaryMessage.ReadArray<double>(reader, MaxRankTotals),
            reader.ReadInt32(),
            reader.ReadInt32());
        return new LineupPayoutRequest(points, contest, BinaryMessage.ReadArray<ulong>(reader, MaxLineups));
    }

    public static void WriteTallies(Stream stream, ContestTally[] tallies) => BinaryMessage.WriteReply(stream, TalliesMagic, tallies);

    /// <exception cref="InvalidDataException">Not tallies of this version, or ones cut short.</exception>
    public static ContestTally[] ReadTallies(Stream stream) => BinaryMessage.ReadReply<ContestTally>(stream, TalliesMagic, Message, MaxLineups);
}
