using System.Globalization;
using System.Text;
using System.Text.Json;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;
using RaceOptimizer.Core.Tracks;

namespace RaceOptimizer.Calibration;

/// <summary>
/// fit-tracks [--before DATE] [--out FILE]: fits the per-track accident and failure factors (<see cref="TrackFitter"/>)
/// and writes them where Core embeds them (RaceOptimizer.Core/Tracks/track-fits.json) unless --out says otherwise.
/// track-outs [--series Cup] [--simulations 20]: real against simulated shares of cars out, per track type and for the
/// ten most raced tracks, as the markdown docs/calibration.md carries (rebuild after fit-tracks: the fit is embedded).
/// </summary>
internal static class TrackFitting
{
    public static async Task<int> FitAsync(RaceHistory history, Options options, string dataPath)
    {
        var before = options.Get("before", "") is { Length: > 0 } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : (DateOnly?)null;
        var used = history.Races.Count(r => before is null || r.Date < before);
        var fits = TrackFitter.Fit(history, $"{Path.GetFileName(dataPath)}: {used} races", before);
        var output = options.Get("out", Path.Combine(CalibrationCommand.RepositoryRoot(), "RaceOptimizer.Core", "Tracks", "track-fits.json"));
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(fits, TrackFits.JsonOptions) + "\n");
        foreach (var type in fits.Types)
        {
            Console.WriteLine($"{type.TrackType}: prior strength {type.AccidentPriorOuts:N1} expected accident outs, {type.MechanicalPriorOuts:N1} failures");
        }

        foreach (var track in fits.Tracks.OrderByDescending(t => t.Races).Take(15))
        {
            Console.WriteLine($"{track.Track} ({track.TrackType}, {track.Races} races): accident x{track.AccidentFactor:N2}, mechanical x{track.MechanicalFactor:N2}");
        }

        Console.WriteLine($"written to {output}");
        return 0;
    }

    public static int Compare(RaceHistory history, Options options)
    {
        var series = Enum.Parse<Series>(options.Get("series", "Cup"));
        var simulations = int.Parse(options.Get("simulations", "20"), CultureInfo.InvariantCulture);
        var races = history.Of(series).ToList();
        var outs = TrackOuts.Compare(RaceSimulator.Default, races, simulations, seed: 2024);
        var page = new StringBuilder();
        page.AppendLine(CultureInfo.InvariantCulture, $"{series}, {races.Count} races, {simulations} simulations each. Cells read `real / simulated`.");
        page.AppendLine().AppendLine("| track type | races | out | out: accident | out: mechanical |").AppendLine("|---|---|---|---|---|");
        foreach (var type in outs.GroupBy(t => t.TrackType).OrderBy(g => g.Key))
        {
            var count = type.Sum(t => t.Races);
            double Mean(Func<TrackOuts, double> value) => type.Sum(t => t.Races * value(t)) / count;
            page.AppendLine(CultureInfo.InvariantCulture, $"| {type.Key} | {count} | {Cell(Mean(t => t.Real), Mean(t => t.Simulated))} | {Cell(Mean(t => t.RealAccident), Mean(t => t.SimulatedAccident))} | {Cell(Mean(t => t.RealMechanical), Mean(t => t.SimulatedMechanical))} |");
        }

        page.AppendLine().AppendLine("| track | type | races | out | real range | out: accident | out: mechanical |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var track in outs.Take(10))
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"| {track.Track} | {track.TrackType} | {track.Races} | {Cell(track.Real, track.Simulated)} | {track.RealLowest:0.000}-{track.RealHighest:0.000} | {Cell(track.RealAccident, track.SimulatedAccident)} | {Cell(track.RealMechanical, track.SimulatedMechanical)} |");
        }

        Console.WriteLine(page);
        return 0;
    }

    private static string Cell(double real, double simulated) => string.Create(CultureInfo.InvariantCulture, $"{real:0.000} / {simulated:0.000}");
}
