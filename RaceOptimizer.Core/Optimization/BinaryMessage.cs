namespace RaceOptimizer.Core.Optimization;

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

    /// <exception cref="InvalidDataException">The count is negative or above <paramref name="max"/>.</exception>
    public static int Count(int count, int max) =>
        count is >= 0 && count <= max ? count : throw new InvalidDataException($"A count of {count} is outside 0 to {max}.");
}
