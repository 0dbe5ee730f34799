using System.Buffers;
using System.Text;

namespace RaceOptimizer.Core.Import.Csv;

/// <summary>Turns a file's bytes into text, refusing what is not text at all.</summary>
internal static class CsvText
{
    // Spreadsheet and document files users pick by mistake: naming them beats a generic "binary" message.
    private static readonly (byte[] Signature, string Kind)[] KnownBinaries =
    [
        ([0x50, 0x4B, 0x03, 0x04], "an Excel workbook (or another zip archive)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Excel (.xls) workbook"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
    ];

    // Text files never hold control characters other than tab and line breaks; binary files are full of them.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\r' or '\n')), '\u007f']);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Excel on Windows saves "CSV" in the ANSI code page; 1252 reads its accented names right.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string? Decode(byte[] bytes, ProblemLog problems)
    {
        foreach (var (signature, kind) in KnownBinaries)
        {
            if (bytes.AsSpan().StartsWith(signature))
            {
                problems.Add(1, null, $"the file is {kind}, not CSV text: save it as CSV (comma delimited)");
                return null;
            }
        }

        var text = Text(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(1, null, "the file is empty");
            return null;
        }

        var junk = text.AsSpan().IndexOfAny(ControlCharacters);
        if (junk >= 0)
        {
            var line = new LineIndex(text).LineAt(junk);
            problems.Add(line, null, $"binary content (character 0x{(int)text[junk]:X2} on line {line}): this is not a CSV text file");
            return null;
        }

        return text;
    }

    private static string Text(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }
}
