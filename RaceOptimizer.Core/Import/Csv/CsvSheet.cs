using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using CsvHelper.Configuration;

namespace RaceOptimizer.Core.Import.Csv;

/// <summary>A comma-separated file read whole: its header, its non-blank rows and the line each starts on.</summary>
internal sealed class CsvSheet
{
    private CsvSheet(CsvRow header, IReadOnlyList<CsvRow> rows, string fingerprint)
    {
        HeaderLine = header.Line;
        Header = header.Fields;
        Rows = rows;
        Fingerprint = fingerprint;
    }

    public int HeaderLine { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The header's column names as <see cref="CsvLayout.Key"/> compares them.</summary>
    public IReadOnlySet<string> HeaderKeys => Header.Where(h => h.Length > 0).Select(CsvLayout.Key).ToHashSet();

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>A short hash of the file's bytes: the same file always gets the same one.</summary>
    public string Fingerprint { get; }

    /// <summary>The 1-based number of a column, or null when the header lacks it.</summary>
    public int? ColumnNumber(string name)
    {
        var index = Header.Select(CsvLayout.Key).ToList().IndexOf(CsvLayout.Key(name));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The sheet, or null with the reasons in <paramref name="problems"/> when the file is not readable CSV.</summary>
    public static CsvSheet? Read(Stream stream, ProblemLog problems, long limit)
    {
        var bytes = BoundedRead.ReadAll(stream, limit, problems);
        var text = bytes is null ? null : CsvText.Decode(bytes, problems);
        if (bytes is null || text is null)
        {
            return null;
        }

        var lines = new LineIndex(text);
        if (!IsCommaDelimited(text, lines, problems))
        {
            return null;
        }

        var rows = Parse(text, lines, problems);
        if (rows.Count == 0)
        {
            if (!problems.Any)
            {
                problems.Add(1, null, "the file is empty");
            }

            return null;
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return new CsvSheet(rows[0], rows[1..], fingerprint);
    }

    // Spreadsheets set to a European locale export semicolons, Excel's "Unicode text" tabs; CsvHelper would read either as one wide column.
    private static bool IsCommaDelimited(string text, LineIndex lines, ProblemLog problems)
    {
        var headerStart = text.Length - text.TrimStart().Length;
        var headerEnd = text.AsSpan(headerStart).IndexOfAny('\r', '\n');
        var header = headerEnd < 0 ? text[headerStart..] : text.Substring(headerStart, headerEnd);
        var (commas, semicolons, tabs) = (Unquoted(header, ','), Unquoted(header, ';'), Unquoted(header, '\t'));
        if (commas > 0 || (semicolons == 0 && tabs == 0))
        {
            return true;
        }

        var kind = semicolons >= tabs ? "semicolon" : "tab";
        problems.Add(lines.LineAt(headerStart), null, $"the file is {kind}-delimited, expected comma: export it as CSV with commas between fields");
        return false;
    }

    private static List<CsvRow> Parse(string text, LineIndex lines, ProblemLog problems)
    {
        var rows = new List<CsvRow>();
        var badRecord = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = args =>
            {
                badRecord = true;
                ReportBadData(args, text, lines, problems);
            },
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        try
        {
            while (parser.Read())
            {
                var fields = parser.Record ?? [];
                // A record with broken quoting has unreliable fields: its problem is reported, its fields would only add noise.
                if (badRecord || fields.All(string.IsNullOrWhiteSpace))
                {
                    badRecord = false;
                    continue;
                }

                var start = (int)parser.CharCount - parser.RawRecord.Length;
                rows.Add(new CsvRow(lines.LineAt(start), [.. fields.Select(f => f.Trim())]));
            }
        }
        catch (CsvHelperException exception)
        {
            problems.Add(lines.LineAt((int)Math.Min(parser.CharCount, text.Length)), null, $"the file cannot be read as CSV: {exception.Message.Split('\n')[0].Trim()}");
        }

        return rows;
    }

    private static void ReportBadData(BadDataFoundArgs args, string text, LineIndex lines, ProblemLog problems)
    {
        var raw = args.RawRecord;
        var recordStart = (int)args.Context.Parser!.CharCount - raw.Length;
        var at = Math.Max(0, raw.IndexOf(args.Field, StringComparison.Ordinal));
        var line = lines.LineAt(recordStart + at);
        var column = Unquoted(raw[..at], ',') + 1;
        if (args.Field.StartsWith('"') && args.Field.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            var end = recordStart + raw.Length >= text.Length ? "the end of the file" : $"line {lines.LineAt(recordStart + raw.Length - 1)}";
            problems.Add(line, column, $"unclosed quote: the quoted field opened here runs on to {end}");
        }
        else
        {
            var field = args.Field.Length > 40 ? args.Field[..40] + "..." : args.Field;
            problems.Add(line, column, $"stray quote in {field}: a field holding quotes must be quoted whole, its own quotes doubled");
        }
    }

    private static int Unquoted(string text, char delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
