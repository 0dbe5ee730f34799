using RaceOptimizer.Core.Names;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.History;

/// <summary>
/// Rates drivers per track type from history: a recency-weighted mean of their performance scores at the type,
/// shrunk toward their overall form, which is itself shrunk toward the newcomer strength; and their crash, failure
/// and lead tendencies over every track type (<see cref="DriverTendencies"/>). Only races dated strictly
/// before the rating date count, so a backtest never sees the race it predicts.
/// </summary>
public sealed class StrengthModel(StrengthParameters parameters)
{
    public static StrengthModel Default { get; } = new(StrengthParameters.Default);

    public DriverRatings Rate(RaceHistory history, Series series, TrackType trackType, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(history);
        var form = new Dictionary<string, Form>();
        var tendencies = new DriverTendencies();
        foreach (var race in history.Of(series))
        {
            if (race.Date >= before)
            {
                break;
            }

            var weight = Math.Pow(0.5, (before.DayNumber - race.Date.DayNumber) / parameters.HalfLifeDays);
            var sameType = race.TrackType == trackType;
            var accidents = DriverTendencies.Accidents(race);
            foreach (var entry in race.Drivers)
            {
                var key = DriverName.Key(entry.Result.Driver);
                var driver = form.TryGetValue(key, out var known) ? known : form[key] = new Form(entry.Result.Driver);
                driver.Add(weight, entry.Performance, sameType);
                tendencies.Add(key, entry, race, accidents, weight);
            }
        }

        var shrunk = tendencies.Shrink();
        return new DriverRatings([.. form.Select(driver => Rating(driver.Value, shrunk[driver.Key]))], Newcomer);
    }

    /// <summary>The rating of a driver the history does not know.</summary>
    public DriverRating Newcomer(string driver) => new(driver, parameters.NewcomerStrength, 0, 0);

    private DriverRating Rating(Form form, (double Incident, double Mechanical, double Lead) tendencies) =>
        new(form.Driver, parameters.Strength(form.Weight, form.Score, form.TypeWeight, form.TypeScore), form.Races, form.TypeRaces)
        {
            IncidentFactor = tendencies.Incident,
            MechanicalFactor = tendencies.Mechanical,
            LeadAbility = tendencies.Lead,
        };

    /// <summary>Running sums of one driver's weighted performance, overall and at the rated type.</summary>
    private sealed class Form(string driver)
    {
        public string Driver => driver;

        public double Weight { get; private set; }

        public double Score { get; private set; }

        public double TypeWeight { get; private set; }

        public double TypeScore { get; private set; }

        public int Races { get; private set; }

        public int TypeRaces { get; private set; }

        public void Add(double weight, double performance, bool sameType)
        {
            (Weight, Score, Races) = (Weight + weight, Score + (weight * performance), Races + 1);
            if (sameType)
            {
                (TypeWeight, TypeScore, TypeRaces) = (TypeWeight + weight, TypeScore + (weight * performance), TypeRaces + 1);
            }
        }
    }
}
