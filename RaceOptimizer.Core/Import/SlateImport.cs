using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Core.Import;

/// <summary>Builds a <see cref="Slate"/> from a salary file plus the optional grid, projections and ownership.</summary>
public static class SlateImport
{
    /// <summary>
    /// Reads every file, then matches the other files' driver names to the salary file's (<see cref="Names.DriverNameMatcher"/>)
    /// and identifies the race (see <see cref="SlateImportOptions"/>). Problems of all files come back together. The grid
    /// is taken as the real field: its cars the slate does not sell become <see cref="Slate.FieldCars"/>, and slate
    /// drivers it leaves out do not start (<see cref="Slate.Starts"/>); <see cref="SlateImportResult.Adjustments"/> lists both.
    /// </summary>
    public static SlateImportResult Import(SlateFiles files, SlateImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new SlateImportOptions();
        var salaries = Load(files.Salaries, (sheet, log) => ParseSalaries(sheet, log, options.Site));
        var grid = LoadOptional(files.Grid, StartingGridFile.Parse);
        var projections = LoadOptional(files.Projections, ProjectionFile.Parse);
        var ownership = LoadOptional(files.Ownership, OwnershipFile.Parse);
        var logs = new[] { salaries.Log, grid?.Log, projections?.Log, ownership?.Log }.OfType<ProblemLog>().ToList();
        if (salaries.Value is not { } list)
        {
            return new SlateImportResult(null, [.. logs.SelectMany(log => log.Problems)], NameMatchReport.Empty);
        }

        var names = new SlateNames(list, files.Salaries.FileName);
        var fieldCars = new List<GridEntry>();
        var starts = names.Match(grid, entry => (entry.Line, entry.Driver), fieldCars);
        RequireSlateDriversOnGrid(grid, starts.Count, files.Salaries.FileName);
        var projected = names.Match(projections, entry => (entry.Line, entry.Driver));
        var owned = names.Match(ownership, entry => (entry.Line, entry.Driver));
        RequireSiteProjections(list.Site, projections);
        var race = IdentifyRace(list, options, salaries.Log);
        var problems = logs.SelectMany(log => log.Problems).ToList();
        if (problems.Count > 0 || race is null)
        {
            return new SlateImportResult(null, problems, names.Report());
        }

        var drivers = list.Drivers.Select(d =>
        {
            var projection = projected.GetValueOrDefault(d.Name);
            var start = starts.GetValueOrDefault(d.Name);
            return new SlateDriver(
                d.Name,
                d.SiteId,
                d.Salary,
                start?.Start,
                projection?.PointsOn(list.Site),
                projection?.Finish,
                owned.GetValueOrDefault(d.Name)?.Percent,
                d.AvgPointsPerGame,
                start?.StartsAtRear ?? false);
        }).ToList();
        var id = options.Id ?? $"{(list.Site == Site.DraftKings ? "dk" : "fd")}-{salaries.Fingerprint}";
        var slate = new Slate(id, options.Name ?? race.Name, list.Site, race, drivers)
        {
            FieldCars = [.. fieldCars.Select(car => new FieldCar(car.Driver, car.Start, car.StartsAtRear))],
        };
        return new SlateImportResult(slate, [], names.Report());
    }

    private static SalaryList? ParseSalaries(CsvSheet sheet, ProblemLog log, Site? site) =>
        (site ?? (CsvLayouts.FanDuelPlayers.Fits(sheet.HeaderKeys) ? Site.FanDuel : Site.DraftKings)) == Site.FanDuel
            ? FanDuelPlayerFile.Parse(sheet, log)
            : DraftKingsSalaryFile.Parse(sheet, log);

    private static Loaded<T> Load<T>(SlateFile file, Func<CsvSheet, ProblemLog, T?> parse)
        where T : class
    {
        var log = new ProblemLog(file.FileName);
        var sheet = CsvSheet.Read(file.Content, log, ImportLimits.SlateFileBytes);
        return new Loaded<T>(log, sheet is null ? null : parse(sheet, log), sheet?.ColumnNumber("driver"), sheet?.Fingerprint ?? "");
    }

    private static Loaded<T>? LoadOptional<T>(SlateFile? file, Func<CsvSheet, ProblemLog, T?> parse)
        where T : class =>
        file is null ? null : Load(file, parse);

    // A grid without one slate driver is another race's grid (or the wrong file): taken as it is, it would mark every
    // driver of the slate as not starting.
    private static void RequireSlateDriversOnGrid(Loaded<IReadOnlyList<GridEntry>>? grid, int slateDriversOnGrid, string salaryFile)
    {
        if (grid?.Value is [var first, ..] && slateDriversOnGrid == 0)
        {
            grid.Log.Add(first.Line, grid.DriverColumn, $"no driver of the grid is in the salary file {salaryFile}: is this the grid of another race?");
        }
    }

    // Projections for the other site only would leave every driver unprojected without a word.
    private static void RequireSiteProjections(Site site, Loaded<IReadOnlyList<ProjectionEntry>>? projections)
    {
        if (projections?.Value is not { } entries)
        {
            return;
        }

        var column = site == Site.DraftKings ? "dk_points" : "fd_points";
        if (!entries.Any(e => e.Finish is not null || e.PointsOn(site) is not null))
        {
            projections.Log.Add(1, null, $"the projections give neither {column} nor finish, so nothing projects this {site} slate");
        }
    }

    private static Race? IdentifyRace(SalaryList salaries, SlateImportOptions options, ProblemLog log)
    {
        var name = options.RaceName ?? salaries.RaceName ?? options.Track?.Name;
        var identity = name is null ? null : TrackCatalog.IdentifyRace(name);
        var track = options.Track ?? identity?.Track;
        var series = options.Series ?? identity?.Series;
        if (track is null)
        {
            log.Add(1, null, name is null ? "the file does not name the race: choose the track" : $"the track of race '{name}' is not known: choose the track");
        }

        if (series is null)
        {
            log.Add(1, null, $"the series of race '{name ?? track?.Name}' is not known: choose Cup, O'Reilly or Trucks");
        }

        if (track is null || series is not { } known)
        {
            return null;
        }

        var raceLaps = identity is not null && identity.Track == track && identity.Series == known ? identity.ScheduledLaps : null;
        return new Race(
            name ?? track.Name,
            known,
            track.Name,
            options.Date is { } date ? track.TypeOn(date) : track.Type,
            options.ScheduledLaps ?? raceLaps ?? track.UsualLapsFor(known),
            options.Date);
    }
}
