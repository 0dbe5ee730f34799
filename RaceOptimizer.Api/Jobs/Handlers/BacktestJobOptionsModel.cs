using RaceOptimizer.Core.Backtest;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>A backtest job's options as Core's.</summary>
internal static class BacktestJobOptionsModel
{
    extension(BacktestJobOptions options)
    {
        /// <summary>Core's options, once these are valid (each undated race goes through <see cref="UserSlateForecast"/>).</summary>
        public BacktestOptions ToBacktest()
        {
            SeriesNames.TryParse(options.Series, out var series);
            return new BacktestOptions(series, options.From!.Value, options.To!.Value, options.Simulations, options.Seed) { Undated = options.Undated };
        }
    }
}
