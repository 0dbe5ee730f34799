using System.Diagnostics;
using System.Globalization;
using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.Calibration;
using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Simulation;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Calibration;

/// <summary>
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- calibrate [--simulations 100] [--out docs/calibration.md]
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- backtest [--series Cup] [--from 2022-01-01] [--to 2023-12-31] [--simulations 1000] [--parameters fitted|hand-set] [--undated yes]
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- fit-strengths [--out RaceOptimizer.Core/History/strength-parameters.json]
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- fit-tracks | track-outs (see <see cref="TrackFitting"/>)
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- fit-engine (see <see cref="EngineFitting"/>)
/// dotnet run -c Release --project tools/RaceOptimizer.Calibration -- roi-pool (see <see cref="RoiPoolStudy"/>)
/// The loop data is read from ../shared/data beside the repository unless --data names the file.
/// </summary>
internal static class CalibrationCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Command is not ("calibrate" or "backtest" or "fit-strengths" or "fit-tracks" or "track-outs" or "fit-engine" or "roi-pool"))
        {
            await Console.Error.WriteLineAsync("usage: calibrate [--simulations N] [--out FILE] [--data FILE] | backtest [--series S] [--from DATE] [--to DATE] [--simulations N] [--parameters fitted|hand-set] [--undated yes] [--data FILE] | fit-strengths [--out FILE] [--data FILE] | fit-tracks [--before DATE] [--out FILE] | track-outs [--series S] [--simulations N] | fit-engine [--seasons 2022,2023] [--simulations N] [--backtest-simulations N] [--out FILE] | roi-pool [--pools N,N] [--seeds A:B,C:D] [--simulations N]");
            return 2;
        }

        var data = options.Get("data", DefaultData());
        var history = LoadHistory(data);
        if (history is null)
        {
            return 1;
        }

        return options.Command switch
        {
            "calibrate" => await Calibrate(history, options),
            "fit-strengths" => await StrengthFitting.Run(history, options, RepositoryRoot()),
            "fit-tracks" => await TrackFitting.FitAsync(history, options, data),
            "track-outs" => TrackFitting.Compare(history, options),
            "fit-engine" => await EngineFitting.RunAsync(history, options, data),
            "roi-pool" => RoiPoolStudy.Run(history, options, Path.GetDirectoryName(Path.GetFullPath(data))!),
            _ => Backtesting.Run(history, options),
        };
    }

    private static async Task<int> Calibrate(RaceHistory history, Options options)
    {
        var simulations = int.Parse(options.Get("simulations", "100"), CultureInfo.InvariantCulture);
        var output = options.Get("out", Path.Combine(RepositoryRoot(), "docs", "calibration.md"));
        var clock = Stopwatch.StartNew();
        var (series, trackType) = (options.Get("series", ""), options.Get("type", ""));
        var calibration = new Calibrator(RaceSimulator.Default, StrengthModel.Default).Run(
            history,
            simulations,
            seed: 2024,
            race => (series.Length == 0 || race.Series.ToString() == series) && (trackType.Length == 0 || race.TrackType.ToString() == trackType));
        var backtest = new BacktestOptions(Series.Cup, new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31), Simulations: 1000);
        var report = Backtester.Default.Run(history, backtest);
        var handSet = Backtesting.Backtester("hand-set").Run(history, backtest);
        var earlier = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
        var kept = CalibrationPage.KeptHeadings.Select(heading => CalibrationPage.KeptSection(earlier, heading)).ToList();
        var page = CalibrationPage.Write(calibration, history, simulations, clock.Elapsed, StrengthFitting.Section(history).Section, kept, Backtesting.Summary(backtest, report, handSet) + Environment.NewLine + Environment.NewLine + Backtesting.Targets(report.Model));
        await File.WriteAllTextAsync(output, page);
        Console.WriteLine(page);
        Console.WriteLine($"written to {output}");
        return 0;
    }

    private static RaceHistory? LoadHistory(string path)
    {
        using var stream = File.OpenRead(path);
        var rows = LoopDataHistoryFile.Read(stream, Path.GetFileName(path));
        if (!rows.Succeeded)
        {
            foreach (var problem in rows.Problems.Take(20))
            {
                Console.Error.WriteLine(problem);
            }

            return null;
        }

        return RaceHistory.From(rows.Value);
    }

    private static string DefaultData() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "loop-data-2019-2023.csv"));

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RaceOptimizer.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
