using System.Globalization;

namespace RaceOptimizer.Core.Import.Csv;

/// <summary>Reads a whole stream, refusing one larger than a limit before parsing (or buffering) more than the limit.</summary>
internal static class BoundedRead
{
    public static byte[]? ReadAll(Stream stream, long limit, ProblemLog problems)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            problems.Add(1, null, $"the file is {Megabytes(stream.Length - stream.Position)}, over the {Megabytes(limit)} limit for this kind of file");
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                problems.Add(1, null, $"the file is over the {Megabytes(limit)} limit for this kind of file");
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
