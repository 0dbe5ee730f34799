namespace RaceOptimizer.Core.Import.Csv;

/// <summary>A column found in a file's header; Number is 1-based, as problems report it.</summary>
internal sealed record CsvColumn(string Name, int Index)
{
    public int Number => Index + 1;
}

/// <summary>Where each column of a layout sits in one file. Columns the layout does not know are ignored.</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, CsvColumn> byKey;

    private CsvColumns(Dictionary<string, CsvColumn> byKey) => this.byKey = byKey;

    /// <summary>The columns, or null after reporting a wrong kind of file, missing columns or a file without rows.</summary>
    public static CsvColumns? Bind(CsvSheet sheet, CsvLayout layout, ProblemLog problems)
    {
        var byKey = new Dictionary<string, CsvColumn>();
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            if (sheet.Header[i].Length > 0)
            {
                byKey.TryAdd(CsvLayout.Key(sheet.Header[i]), new CsvColumn(sheet.Header[i], i));
            }
        }

        var keys = sheet.HeaderKeys;
        if (!layout.Fits(keys))
        {
            ReportMismatch(sheet, layout, keys, problems);
            return null;
        }

        if (sheet.Rows.Count == 0)
        {
            problems.Add(sheet.HeaderLine, null, $"the file has a header but no {layout.RowNoun}");
            return null;
        }

        return new CsvColumns(byKey);
    }

    /// <summary>A column the layout requires.</summary>
    public CsvColumn this[string name] => byKey[CsvLayout.Key(name)];

    /// <summary>A column the file may or may not have.</summary>
    public CsvColumn? Find(string name) => byKey.GetValueOrDefault(CsvLayout.Key(name));

    private static void ReportMismatch(CsvSheet sheet, CsvLayout layout, IReadOnlySet<string> keys, ProblemLog problems)
    {
        if (CsvLayouts.Identify(keys) is { } other && other != layout)
        {
            problems.Add(sheet.HeaderLine, null, $"this is {other.Description}, not {layout.Description}");
            return;
        }

        var header = string.Join(", ", sheet.Header.Where(h => h.Length > 0));
        foreach (var missing in layout.Required.Where(column => !keys.Contains(CsvLayout.Key(column))))
        {
            problems.Add(sheet.HeaderLine, null, $"missing column '{missing}' (the header has: {header})");
        }

        if (layout.AnyOf.Length > 0 && !layout.AnyOf.Any(column => keys.Contains(CsvLayout.Key(column))))
        {
            problems.Add(sheet.HeaderLine, null, $"needs at least one of the columns {string.Join(", ", layout.AnyOf)} (the header has: {header})");
        }
    }
}
