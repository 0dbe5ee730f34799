using ILGPU;
using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Simulation;

/// <summary>
/// A run's tally in device memory: Core's <see cref="TallyLayout"/> over totals that every thread adds to, so each add
/// is an atomic; integer adds give the same totals in any order, so the tally stays Core's. Plain values and views
/// only, so it can be a kernel parameter.
/// </summary>
internal readonly struct DeviceTally(TallyLayout layout, ArrayView<int> counts, ArrayView<long> sums)
{
    /// <summary>Adds a car's race; car 0 also adds the race's laps and cautions, once per race.</summary>
    public void Add(DeviceRaceState race, int car)
    {
        var totals = new Totals(counts, sums);
        layout.AddDriver(ref totals, car, race.Finish(car), race.Status(car), race.LapsLed(car), race.FastestLaps(car), race.DraftKings(car), race.FanDuel(car));
        if (car == 0)
        {
            layout.AddRace(ref totals, race.LapsRun, race.Cautions);
        }
    }

    private readonly struct Totals(ArrayView<int> counts, ArrayView<long> sums) : ITallyTotals
    {
        public void Count(int index) => Atomic.Add(ref counts[index], 1);

        public void Add(int index, long amount)
        {
            // An atomic costs the same when it adds nothing, and most cars lead no lap and run no fastest one.
            if (amount != 0)
            {
                Atomic.Add(ref sums[index], amount);
            }
        }
    }
}
