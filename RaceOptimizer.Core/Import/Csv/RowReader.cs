using System.Globalization;
using System.Numerics;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Import.Csv;

/// <summary>Reads typed values from one row, logging a problem (with line and column) for each that cannot be read.</summary>
internal readonly struct RowReader(CsvRow row, ProblemLog problems)
{
    private static readonly string[] DateFormats = ["yyyy/MM/dd", "yyyy-MM-dd"];

    public int Line => row.Line;

    public void Problem(CsvColumn? column, string message) => problems.Add(row.Line, column?.Number, message);

    /// <summary>A value that must be there.</summary>
    public string? Text(CsvColumn column)
    {
        if (column.Index >= row.Fields.Count)
        {
            Problem(column, $"the row has {row.Fields.Count} fields and stops before '{column.Name}' (field {column.Number})");
            return null;
        }

        if (row.Fields[column.Index].Length == 0)
        {
            Problem(column, $"'{column.Name}' is empty");
            return null;
        }

        return row.Fields[column.Index];
    }

    /// <summary>A value that may be left out: an absent column, a short row and an empty field are all null.</summary>
    public string? OptionalText(CsvColumn? column) =>
        column is not null && column.Index < row.Fields.Count && row.Fields[column.Index].Length > 0 ? row.Fields[column.Index] : null;

    /// <summary>A yes/no value that may be left out (false): yes, true or 1, and no, false or 0, in any case.</summary>
    public bool OptionalFlag(CsvColumn? column)
    {
        var text = OptionalText(column)?.Trim().ToLowerInvariant();
        switch (text)
        {
            case null or "no" or "false" or "0":
                return false;
            case "yes" or "true" or "1":
                return true;
            default:
                Problem(column, $"'{column!.Name}' is '{text}': use yes or no");
                return false;
        }
    }

    public int? WholeNumber(CsvColumn column, int minimum, int maximum = int.MaxValue)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        // Salaries pasted from a site's page may carry a currency sign and thousands separators.
        if (!int.TryParse(text.TrimStart('$'), NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            var what = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "a whole number" : "a number";
            Problem(column, $"'{column.Name}' is '{text}', not {what}");
            return null;
        }

        return InRange(column, value, minimum, maximum) ? value : null;
    }

    /// <summary>A date as loop data writes it (2023/08/13, or 2023-08-13).</summary>
    public DateOnly? Date(CsvColumn column)
    {
        var text = Text(column);
        if (text is not null && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text is not null)
        {
            Problem(column, $"'{column.Name}' is '{text}', not a date like 2023/08/13");
        }

        return null;
    }

    public Series? Series(CsvColumn column)
    {
        var text = Text(column);
        if (text is not null && SeriesNames.TryParse(text, out var series))
        {
            return series;
        }

        if (text is not null)
        {
            Problem(column, $"'{column.Name}' is '{text}', not Cup, O'Reilly or Trucks");
        }

        return null;
    }

    public double? Number(CsvColumn column, double minimum, double maximum = double.MaxValue, bool percent = false) =>
        Text(column) is { } text ? ParseNumber(column, text, minimum, maximum, percent) : null;

    /// <summary>An amount of money as sites write it: "$5", "$0.25" or "5".</summary>
    public double? Money(CsvColumn column) =>
        Text(column) is { } text ? ParseNumber(column, text.StartsWith('$') ? text[1..] : text, 0, double.MaxValue, percent: false) : null;

    public double? OptionalNumber(CsvColumn? column, double minimum, double maximum = double.MaxValue) =>
        OptionalText(column) is { } text ? ParseNumber(column!, text, minimum, maximum, percent: false) : null;

    /// <summary>False, after a problem naming the first line (and why it matters, if given), when the key was already seen.</summary>
    public bool Unique<TKey>(Dictionary<TKey, int> seen, TKey key, CsvColumn column, string what, string? why = null)
        where TKey : notnull
    {
        if (seen.TryAdd(key, row.Line))
        {
            return true;
        }

        Problem(column, why is null ? $"{what} repeats line {seen[key]}" : $"{what} repeats line {seen[key]}: {why}");
        return false;
    }

    private double? ParseNumber(CsvColumn column, string text, double minimum, double maximum, bool percent)
    {
        var digits = percent ? text.TrimEnd('%').TrimEnd() : text;
        if (!double.TryParse(digits, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(column, $"'{column.Name}' is '{text}', not a number");
            return null;
        }

        return InRange(column, value, minimum, maximum) ? value : null;
    }

    private bool InRange<T>(CsvColumn column, T value, T minimum, T maximum)
        where T : struct, INumber<T>
    {
        var complaint =
            T.IsNegative(value) && !T.IsNegative(minimum) ? FormattableString.Invariant($"'{column.Name}' is negative ({value})")
            : value < minimum ? FormattableString.Invariant($"'{column.Name}' must be at least {minimum}, not {value}")
            : value > maximum ? FormattableString.Invariant($"'{column.Name}' must be at most {maximum}, not {value}")
            : null;
        if (complaint is not null)
        {
            Problem(column, complaint);
        }

        return complaint is null;
    }
}
