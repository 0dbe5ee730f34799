using System.Runtime.InteropServices;
using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Core.Worker;

/// <summary>
/// The frame of the worker's binary lineup messages: a magic number naming the message and a format version, then
/// counts bounded before anything is allocated, so a foreign or hostile body fails fast with a clear error.
/// </summary>
internal static class BinaryMessage
{
    private const int FormatVersion = 1;

    public static BinaryWriter Writer(Stream stream, int magic)
    {
        var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(FormatVersion);
        return writer;
    }

    /// <exception cref="InvalidDataException">Not the named message of this version.</exception>
    public static BinaryReader Reader(Stream stream, int magic, string message)
    {
        var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a {message} of this version of RaceOptimizer.");
        }

        return reader;
    }

    private const int MaxSimulations = 1 << 22;

    /// <summary>Points driver by driver, as <see cref="SimulatedPoints"/> holds them, so neither side transposes.</summary>
    public static void WritePoints(BinaryWriter writer, SimulatedPoints points)
    {
        writer.Write(points.Drivers);
        for (var driver = 0; driver < points.Drivers; driver++)
        {
            writer.Write(points.Simulations);
            writer.Write(MemoryMarshal.AsBytes(points.Of(driver)));
        }
    }

    /// <exception cref="ArgumentException">The rows differ in length (from <see cref="SimulatedPoints"/>).</exception>
    public static SimulatedPoints ReadPoints(BinaryReader reader)
    {
        var rows = new int[Count(reader.ReadInt32(), LineupSpace.MaxDrivers)][];
        for (var driver = 0; driver < rows.Length; driver++)
        {
            rows[driver] = ReadArray<int>(reader, MaxSimulations);
        }

        return new SimulatedPoints(rows);
    }

    /// <summary>A reply that is one array: the magic, the version, then the array.</summary>
    public static void WriteReply<T>(Stream stream, int magic, T[] values)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        using var writer = Writer(stream, magic);
        WriteArray(writer, values);
    }

    /// <exception cref="InvalidDataException">Not the named reply of this version, or one cut short.</exception>
    public static T[] ReadReply<T>(Stream stream, int magic, string message, int max)
        where T : unmanaged
    {
        using var reader = Reader(stream, magic, message);
        return ReadArray<T>(reader, max);
    }

    public static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>An array written by <see cref="WriteArray{T}"/>, refused when longer than <paramref name="max"/>.</summary>
    public static T[] ReadArray<T>(BinaryReader reader, int max)
        where T : unmanaged
    {
        var values = new T[Count(reader.ReadInt32(), max)];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <exception cref="InvalidDataException">The count is negative or above <paramref name="max"/>.</exception>
    public static int Count(int count, int max) =>
        count is >= 0 && count <= max ? count : throw new InvalidDataException($"A count of {count} is outside 0 to {max}.");
}
