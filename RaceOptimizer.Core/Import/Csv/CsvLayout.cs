namespace RaceOptimizer.Core.Import.Csv;

/// <summary>A kind of CSV file the project reads, known by the columns it must have.</summary>
/// <param name="Description">How messages name the kind: "a DraftKings salary export".</param>
/// <param name="RowNoun">What its rows are: "drivers".</param>
/// <param name="AnyOf">Columns of which at least one must be present.</param>
internal sealed record CsvLayout(string Description, string RowNoun, string[] Required, string[] AnyOf)
{
    public CsvLayout(string description, string rowNoun, params string[] required)
        : this(description, rowNoun, required, [])
    {
    }

    public bool Fits(IReadOnlySet<string> headerKeys) =>
        Required.All(column => headerKeys.Contains(Key(column))) && (AnyOf.Length == 0 || AnyOf.Any(column => headerKeys.Contains(Key(column))));

    /// <summary>Column names compare without case, spaces, underscores or hyphens: "Laps Led" is "laps_led".</summary>
    public static string Key(string column) =>
        string.Concat(column.Where(c => c is not (' ' or '_' or '-'))).ToLowerInvariant();
}
