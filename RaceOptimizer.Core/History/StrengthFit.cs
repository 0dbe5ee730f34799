using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Fits <see cref="StrengthParameters"/> to history without simulating. Each driver's rating before a race predicts his
/// performance score in it (the rating is in those units); the fit minimizes the mean squared error of these
/// predictions over every driver-race of the scored races, all series together. Ratings walk forward through the
/// history once per trial: recency weights halve at a fixed rate, so each driver's sums are decayed when next touched,
/// which gives the same ratings as <see cref="StrengthModel.Rate"/> in a fraction of the time.
/// </summary>
public sealed class StrengthFit
{
    private const int TrialLimit = 600;

    private static readonly int TrackTypes = Enum.GetValues<Slates.TrackType>().Length;

    private readonly List<Day> days;
    private readonly int drivers;

    public StrengthFit(RaceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var index = new Dictionary<(Slates.Series, string), int>();
        days = [.. history.Races.GroupBy(r => r.Date).Select(day => new Day(day.Key.DayNumber, [.. day.Select(race => new IndexedRace(
            race,
            (int)race.TrackType,
            [.. race.Drivers.Select(d => (Driver: Driver(index, race.Series, d.Result.Driver), d.Performance))]))]))];
        drivers = index.Count;
        FirstSeason = history.Races.Count > 0 ? history.Races[0].Date.Year : 0;
    }

    /// <summary>The values set by hand before any fit: where every fit starts, and what a fit must beat.</summary>
    public static StrengthParameters HandSet { get; } = new(HalfLifeDays: 365, TrackTypeShrinkage: 4, OverallShrinkage: 3, NewcomerStrength: -0.8);

    /// <summary>The history's first season: it warms the ratings up and is never scored, as it rests on no history.</summary>
    public int FirstSeason { get; }

    /// <summary>
    /// The parameters fitted on the seasons before <paramref name="season"/> (after the warm-up season). With a season
    /// past the history's last, this is the fit on all of it: the committed <see cref="StrengthParameters.Default"/>.
    /// </summary>
    public StrengthParameters FitBefore(int season) => Fit(HandSet, race => race.Date.Year > FirstSeason && race.Date.Year < season);

    /// <summary>Rolling origin: for each season, fit on the seasons before it and score the fit on that season alone.</summary>
    public IReadOnlyList<StrengthFold> RollingOrigin(IEnumerable<int> seasons)
    {
        ArgumentNullException.ThrowIfNull(seasons);
        return [.. seasons.Select(season =>
        {
            var fitted = FitBefore(season);
            bool Tested(HistoryRace race) => race.Date.Year == season;
            return new StrengthFold(season, fitted, Error(fitted, race => race.Date.Year > FirstSeason && race.Date.Year < season), Error(fitted, Tested), Error(HandSet, Tested));
        })];
    }

    /// <summary>The parameters that minimize <see cref="Error"/> over the scored races, searched from <paramref name="start"/>.</summary>
    public StrengthParameters Fit(StrengthParameters start, Func<HistoryRace, bool> scored)
    {
        ArgumentNullException.ThrowIfNull(start);
        // Searched on logarithms, so half-life and shrinkages stay positive and a step means the same at any size.
        static StrengthParameters Parameters(double[] x) => new(Math.Exp(x[0]), Math.Exp(x[1]), Math.Exp(x[2]), x[3]);
        double[] from = [Math.Log(start.HalfLifeDays), Math.Log(start.TrackTypeShrinkage), Math.Log(start.OverallShrinkage), start.NewcomerStrength];
        return Parameters(NelderMead.Minimize(x => Error(Parameters(x), scored), from, step: 0.5, TrialLimit));
    }

    /// <summary>Mean squared error of the ratings' predictions of the performance scores in the scored races.</summary>
    public double Error(StrengthParameters parameters, Func<HistoryRace, bool> scored)
    {
        var (sum, count) = (0.0, 0);
        foreach (var (_, entry, rating) in Predictions(parameters, scored))
        {
            (sum, count) = (sum + ((entry.Performance - rating) * (entry.Performance - rating)), count + 1);
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Each driver's rating before each scored race, from the races of his series dated strictly before it.</summary>
    public IEnumerable<(HistoryRace Race, HistoryEntry Entry, double Rating)> Predictions(StrengthParameters parameters, Func<HistoryRace, bool> scored)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(scored);
        var form = new Form(drivers, TrackTypes, parameters.HalfLifeDays);
        foreach (var day in days)
        {
            foreach (var race in day.Races.Where(r => scored(r.Race)))
            {
                for (var i = 0; i < race.Drivers.Length; i++)
                {
                    var driver = race.Drivers[i].Driver;
                    form.DecayTo(driver, day.Number);
                    yield return (race.Race, race.Race.Drivers[i], form.Strength(parameters, driver, race.TrackType));
                }
            }

            // Added after the day's forecasts: a race never rates drivers for another race run the same day.
            foreach (var race in day.Races)
            {
                foreach (var (driver, performance) in race.Drivers)
                {
                    form.DecayTo(driver, day.Number);
                    form.Add(driver, race.TrackType, performance);
                }
            }
        }
    }

    private static int Driver(Dictionary<(Slates.Series, string), int> index, Slates.Series series, string name)
    {
        var key = (series, DriverName.Key(name));
        return index.TryGetValue(key, out var known) ? known : index[key] = index.Count;
    }

    private sealed record Day(int Number, IndexedRace[] Races);

    private sealed record IndexedRace(HistoryRace Race, int TrackType, (int Driver, double Performance)[] Drivers);

    /// <summary>Every driver's recency-weighted sums as of the day he was last touched.</summary>
    private sealed class Form(int drivers, int trackTypes, double halfLifeDays)
    {
        private readonly int[] asOf = new int[drivers];
        private readonly double[] weight = new double[drivers];
        private readonly double[] score = new double[drivers];
        private readonly double[] typeWeight = new double[drivers * trackTypes];
        private readonly double[] typeScore = new double[drivers * trackTypes];

        public void DecayTo(int driver, int day)
        {
            var factor = Math.Pow(0.5, (day - asOf[driver]) / halfLifeDays);
            asOf[driver] = day;
            weight[driver] *= factor;
            score[driver] *= factor;
            for (var t = driver * trackTypes; t < (driver + 1) * trackTypes; t++)
            {
                typeWeight[t] *= factor;
                typeScore[t] *= factor;
            }
        }

        public void Add(int driver, int trackType, double performance)
        {
            weight[driver] += 1;
            score[driver] += performance;
            typeWeight[(driver * trackTypes) + trackType] += 1;
            typeScore[(driver * trackTypes) + trackType] += performance;
        }

        public double Strength(StrengthParameters parameters, int driver, int trackType) =>
            parameters.Strength(weight[driver], score[driver], typeWeight[(driver * trackTypes) + trackType], typeScore[(driver * trackTypes) + trackType]);
    }
}

/// <summary>One season of a rolling-origin fit: the parameters fitted on the seasons before it, and their errors.</summary>
/// <param name="TrainError">Mean squared error on the seasons fitted.</param>
/// <param name="TestError">On the season itself, which the fit never saw.</param>
/// <param name="HandSetTestError">The hand-set parameters' error on the same season.</param>
public sealed record StrengthFold(int Season, StrengthParameters Fitted, double TrainError, double TestError, double HandSetTestError);
