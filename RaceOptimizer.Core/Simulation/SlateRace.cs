using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// The race a slate's simulation runs, and the way back from its result to the slate's drivers. With a grid the field
/// is the grid, as qualified: slate drivers missing from it stay out and field cars race, so finishing positions and
/// place differential are those of the real field. Without one the slate's drivers are the field and every
/// simulation draws its own grid.
/// </summary>
public sealed class SlateRace
{
    private readonly IReadOnlyList<SlateDriver> drivers;

    // Per slate driver, his car in the setup; -1 for a driver who does not start.
    private readonly int[] cars;

    private SlateRace(RaceSetup setup, IReadOnlyList<SlateDriver> drivers, int[] cars) => (Setup, this.drivers, this.cars) = (setup, drivers, cars);

    public RaceSetup Setup { get; }

    /// <param name="strengths">The slate drivers' strengths, in the slate's order (<see cref="DriverStrengths.ForSlate"/>).</param>
    /// <param name="history">Rates the field cars like any driver from their past races (the newcomer strength when it
    /// does not know them or is null): the user's projections and the site's salaries say nothing about them.</param>
    /// <param name="laps">The race's length; the slate's scheduled laps when null.</param>
    public static SlateRace Of(Slate slate, IReadOnlyList<DriverStrength> strengths, RaceHistory? history, int? laps = null)
    {
        ArgumentNullException.ThrowIfNull(slate);
        ArgumentNullException.ThrowIfNull(strengths);
        ArgumentOutOfRangeException.ThrowIfNotEqual(strengths.Count, slate.Drivers.Count, nameof(strengths));
        var length = laps ?? slate.Race.ScheduledLaps ?? throw new ArgumentException("The race's length is unknown: give the laps.", nameof(laps));
        var entrants = new List<RaceEntrant>();
        var cars = new int[slate.Drivers.Count];
        for (var i = 0; i < cars.Length; i++)
        {
            var driver = slate.Drivers[i];
            cars[i] = slate.Starts(driver) ? entrants.Count : -1;
            if (cars[i] >= 0)
            {
                var entrant = new RaceEntrant(driver.Name, strengths[i].Strength, driver.Start) { StartsAtRear = driver.StartsAtRear };
                entrants.Add(strengths[i].Rating?.ApplyTo(entrant) ?? entrant);
            }
        }

        var ratingOf = FieldCarRatings(slate, history);
        entrants.AddRange(slate.FieldCars.Select(car =>
        {
            var rating = ratingOf(car.Name);
            return rating.ApplyTo(new RaceEntrant(car.Name, rating.Strength, car.Start) { StartsAtRear = car.StartsAtRear });
        }));
        return new SlateRace(new RaceSetup(slate.Race.Series, slate.Race.TrackType, length, entrants, slate.Race.Track), slate.Drivers, cars);
    }

    /// <summary>
    /// The result as the slate sees it: one summary and one points column per slate driver, in the slate's order. Field
    /// cars are left out; a driver who does not start scores 0 in every simulation and is never running at the finish
    /// (his mean finish is 0: he has none).
    /// </summary>
    public SimulationResult ToSlate(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNotEqual(result.Drivers.Count, Setup.Drivers.Count, nameof(result));
        if (cars.Length == Setup.Drivers.Count && !cars.Where((car, i) => car != i).Any())
        {
            return result;
        }

        return result with
        {
            Drivers = [.. cars.Select((car, i) => car < 0 ? NotStarting(drivers[i].Name) : result.Drivers[car])],
            DraftKings = result.DraftKings?.Columns(cars),
            FanDuel = result.FanDuel?.Columns(cars),
        };
    }

    private static DriverSummary NotStarting(string name)
    {
        var none = new PointsDistribution(0, 0, 0, 0);
        return new DriverSummary(name, none, none, Win: 0, Top5: 0, Top10: 0, MeanFinish: 0, ExpectedLapsLed: 0, ExpectedFastestLaps: 0, NotFinishing: 1, FinishingOdds.None);
    }

    private static Func<string, DriverRating> FieldCarRatings(Slate slate, RaceHistory? history)
    {
        var model = StrengthModel.Default;
        if (history is null || slate.FieldCars.Count == 0)
        {
            return model.Newcomer;
        }

        var ratings = model.Rate(history, slate.Race.Series, slate.Race.TrackType, DriverStrengths.RatingDay(slate.Race, history));
        return ratings.For;
    }
}
