namespace RaceOptimizer.Ui.Api;

/// <summary>One file of a slate import: its form part name, file name and content.</summary>
public sealed record SlateFile(string Part, string FileName, byte[] Content);

/// <summary>The files and fields of `POST /api/slates`; only the salary file is required.</summary>
/// <param name="Date">The race day: DraftKings exports carry none, and without it the drivers are rated as of the day after their series' latest race in the history.</param>
/// <param name="Series">The race's series, where the salary file names none (a FanDuel player list) or names it wrong; null: the file's.</param>
/// <param name="Track">The race's track (a catalog name), on the same terms as <paramref name="Series"/>.</param>
public sealed record SlateImport(IReadOnlyList<SlateFile> Files, string? Name, DateOnly? Date = null, string? Series = null, string? Track = null)
{
    public const string Salaries = "salaries";
    public const string Grid = "grid";
    public const string Projections = "projections";
    public const string Ownership = "ownership";
}
