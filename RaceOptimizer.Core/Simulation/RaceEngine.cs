using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Random;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// The CPU reference of one simulated race, lap by lap. Each green lap every running car turns a lap whose time is its
/// pace (strength, what its grid spot reveals and form on the day, slowed by any damage) plus tire falloff, noise and the
/// air of the car ahead; the field is then re-sorted by elapsed time. Cautions (stage ends, incidents, failures, debris) freeze the order, bunch the field with
/// lapped cars behind the lead lap, and send cars with worn tires to pit road. The lap loop touches only the state's
/// arrays and the model's numbers: no allocation, no LINQ, no virtual call, and the random draws come in a fixed order
/// from a counter-based stream, so a GPU kernel written the same way reproduces it draw for draw.
/// </summary>
internal static class RaceEngine
{
    private const byte Incident = 0;
    private const byte Mechanical = 1;
    private const byte Wrecked = 2;

    // Cars out of the race sort behind every running car.
    private const double OutOfRace = 1e300;

    public static void Run(RaceInputs input, RaceState state, ulong seed, long simulation)
    {
        var random = new CounterRandom(seed, (ulong)simulation);
        var model = input.Model;
        Grid(input, state, ref random);

        var laps = input.ScheduledLaps;
        var lap = 0;
        var cautionLaps = 0;
        var overtime = 0;
        while (lap < laps)
        {
            lap++;
            if (cautionLaps > 0)
            {
                cautionLaps--;
                state.LapsLed[state.Order[0]]++;
                continue;
            }

            state.GreenLaps++;
            var caution = GreenLap(model, state, ref random, lap);
            if (lap == input.StageOneLap || lap == input.StageTwoLap)
            {
                caution = true;
            }

            if (caution)
            {
                state.Cautions++;
                if (lap < laps)
                {
                    var length = model.CautionLapsMin + random.NextInt(model.CautionLapsMax - model.CautionLapsMin + 1);
                    if (lap + length >= laps && overtime < RaceInputs.OvertimeAttempts)
                    {
                        // The race would end under caution: overtime adds a restart and two green laps, a few times at most.
                        overtime++;
                        laps = lap + length + 2;
                    }
                    else if (lap + length >= laps)
                    {
                        length = laps - lap;
                    }

                    cautionLaps = length;
                    Bunch(model, state, ref random);
                }
            }
        }

        state.LapsRun = lap;
        Classify(state, lap, model.LapSeconds);
        Score(input, state);
    }

    private static void Grid(RaceInputs input, RaceState state, ref CounterRandom random)
    {
        var model = input.Model;
        var n = input.Drivers;
        var order = state.Order;
        for (var car = 0; car < n; car++)
        {
            order[car] = car;
            state.Keys[car] = input.Starts is null ? -(input.Strength[car] + (model.QualifyingSd * random.NextNormal())) : input.Starts[car];
        }

        SortByKey(order, state.Keys, n);
        for (var position = 0; position < n; position++)
        {
            var car = order[position];
            state.Start[car] = position + 1;
            state.Pace[car] = input.BasePace[car] - input.GridPace[position] + (model.RaceFormSd * random.NextNormal());
            state.Elapsed[car] = position * model.RestartSpacing;
            state.TireAge[car] = 0;
            state.NextStop[car] = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            state.LapsLed[car] = 0;
            state.FastestLaps[car] = 0;
            state.LapsCompleted[car] = 0;
            state.Status[car] = FinishStatus.Running;
        }

        state.Running = n;
        state.Exits = 0;
        state.GreenLaps = 0;
        state.Cautions = 0;
    }

    /// <summary>Runs one green lap for every car still in the race; true when it ends in a caution.</summary>
    private static bool GreenLap(in TrackTypeModel model, RaceState state, ref CounterRandom random, int lap)
    {
        var (order, elapsed, lapTime, pace, tireAge, nextStop) = (state.Order, state.Elapsed, state.LapTime, state.Pace, state.TireAge, state.NextStop);
        var normals = NormalDistribution.TableValues;
        var (falloff, noise, airRange, airPenalty, airSlope) = (model.TireFalloff, model.LapNoiseSd, model.AirRange, model.AirPenalty, model.AirPenalty / model.AirRange);
        // Chances compared as 32-bit integers: no conversion in the loop, and exact on any device.
        var incidentBelow = Threshold(model.IncidentRate);
        var failureBelow = Threshold(model.IncidentRate + model.MechanicalRate);
        var pending = 0;
        var best = double.MaxValue;
        var fastest = -1;

        // Back to front, so the car ahead's elapsed time is still the one from the start of the lap.
        for (var position = state.Running - 1; position >= 0; position--)
        {
            var car = order[position];
            var bits = random.NextUInt64();
            var time = pace[car] + (falloff * tireAge[car]) + (noise * normals[bits >> (64 - NormalDistribution.TableBits)]);
            if (position > 0)
            {
                var gap = elapsed[car] - elapsed[order[position - 1]];
                if (gap < airRange)
                {
                    time += airPenalty - (gap * airSlope);
                }
            }

            if (++tireAge[car] > nextStop[car])
            {
                time += model.GreenPitLoss;
                tireAge[car] = 0;
                nextStop[car] = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            }

            elapsed[car] += time;
            lapTime[car] = time;
            if (time < best)
            {
                (best, fastest) = (time, car);
            }

            var chance = (uint)bits;
            if (chance < failureBelow)
            {
                state.PendingCar[pending] = car;
                state.PendingKind[pending++] = chance < incidentBelow ? Incident : Mechanical;
            }
        }

        var field = random.NextUInt64();
        var caution = (uint)field < Threshold(model.CautionRate);
        if ((uint)(field >> 32) < Threshold(model.WreckRate))
        {
            pending = Wreck(model, state, ref random, pending);
        }

        caution |= Apply(model, state, ref random, pending, lap);
        SortByKey(order, elapsed, state.Running + state.Exits);
        state.FastestLaps[state.Status[fastest] == FinishStatus.Running ? fastest : FastestRunning(state)]++;

        state.LapsLed[order[0]]++;
        return caution;
    }

    /// <summary>The 32-bit integers below which a uniform draw falls with this chance.</summary>
    private static uint Threshold(double chance) => (uint)Math.Min(uint.MaxValue, chance * 4294967296.0);

    /// <summary>The fastest lap of the cars that finished it, when the fastest car of all went out on it (rare: scanned, not tracked).</summary>
    private static int FastestRunning(RaceState state)
    {
        var fastest = state.Order[0];
        for (var position = 1; position < state.Running; position++)
        {
            var car = state.Order[position];
            fastest = state.LapTime[car] < state.LapTime[fastest] ? car : fastest;
        }

        return fastest;
    }

    /// <summary>A multi-car wreck: a run of cars next to each other on track, two plus a geometric number more.</summary>
    private static int Wreck(in TrackTypeModel model, RaceState state, ref CounterRandom random, int pending)
    {
        var running = state.Running;
        var cars = 2;
        var more = model.WreckExtraCars / (1 + model.WreckExtraCars);
        while (cars < running && random.NextDouble() < more)
        {
            cars++;
        }

        cars = Math.Min(cars, running);
        var first = Math.Min(random.NextInt(running), running - cars);
        for (var position = first; position < first + cars; position++)
        {
            state.PendingCar[pending] = state.Order[position];
            state.PendingKind[pending++] = Wrecked;
        }

        return pending;
    }

    /// <summary>Applies the lap's incidents, failures and wreck; true when one of them brings out a caution.</summary>
    private static bool Apply(in TrackTypeModel model, RaceState state, ref CounterRandom random, int pending, int lap)
    {
        var caution = false;
        for (var i = 0; i < pending; i++)
        {
            var car = state.PendingCar[i];
            if (state.Status[car] != FinishStatus.Running || state.Running == 1)
            {
                continue;
            }

            var kind = state.PendingKind[i];
            if (kind == Mechanical)
            {
                caution |= random.NextDouble() < model.MechanicalCaution;
                Retire(model, state, car, FinishStatus.Mechanical, lap);
                continue;
            }

            caution = true;
            if (random.NextDouble() < (kind == Wrecked ? model.WreckOut : model.IncidentOut))
            {
                Retire(model, state, car, FinishStatus.Accident, lap);
            }
            else
            {
                // Spun or damaged, it limps on: time lost now, and pace for the rest of the race.
                state.Pace[car] += model.DamagePace;
                state.Elapsed[car] += model.LapSeconds / 2;
            }
        }

        return caution;
    }

    /// <summary>Takes a car out during <paramref name="lap"/>: it completed the laps before it, less the laps it was down.</summary>
    private static void Retire(in TrackTypeModel model, RaceState state, int car, FinishStatus status, int lap)
    {
        // The order is that of the start of the lap, and its leader may be out already: find the leader now.
        var leader = double.MaxValue;
        for (var other = 0; other < state.Elapsed.Length; other++)
        {
            leader = state.Status[other] == FinishStatus.Running ? Math.Min(leader, state.Elapsed[other]) : leader;
        }

        var down = (int)((state.Elapsed[car] - leader) / model.LapSeconds);
        state.LapsCompleted[car] = Math.Max(0, lap - 1 - down);
        state.Status[car] = status;
        state.ExitSequence[car] = state.Exits++;
        state.Elapsed[car] = OutOfRace;
        state.Running--;
    }

    /// <summary>
    /// A caution: lapped cars line up behind the lead lap (the first of them gets his lap back), cars on old tires pit and
    /// come out behind those that stayed out, shuffled by their crews, and the field closes up.
    /// </summary>
    private static void Bunch(in TrackTypeModel model, RaceState state, ref CounterRandom random)
    {
        var order = state.Order;
        var leader = state.Elapsed[order[0]];
        var freePass = true;
        for (var position = 0; position < state.Running; position++)
        {
            var car = order[position];
            var down = (int)((state.Elapsed[car] - leader) / model.LapSeconds);
            if (down > 0 && freePass)
            {
                (down, freePass) = (down - 1, false);
            }

            var key = (down * 10_000.0) + position;
            if (state.TireAge[car] >= model.CautionPitTireAge && random.NextDouble() >= model.CautionStayOut)
            {
                key += 1_000 + (model.PitShuffleSd * random.NextNormal());
                state.TireAge[car] = 0;
                state.NextStop[car] = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            }

            state.Keys[car] = key;
            state.LapsDown[car] = down;
        }

        SortByKey(order, state.Keys, state.Running);
        for (var position = 0; position < state.Running; position++)
        {
            var car = order[position];
            state.Elapsed[car] = leader + (state.LapsDown[car] * model.LapSeconds) + (position * model.RestartSpacing);
        }
    }

    /// <summary>
    /// Finishing order: by laps completed; at equal laps, running cars in track order, then cars that went out later
    /// ahead of those that went out earlier.
    /// </summary>
    private static void Classify(RaceState state, int laps, double lapSeconds)
    {
        var order = state.Order;
        var leader = state.Elapsed[order[0]];
        var total = state.Running + state.Exits;
        for (var position = 0; position < total; position++)
        {
            var car = order[position];
            if (position < state.Running)
            {
                state.LapsCompleted[car] = Math.Max(0, laps - (int)((state.Elapsed[car] - leader) / lapSeconds));
                state.Keys[car] = position;
            }
            else
            {
                state.Keys[car] = total + (total - state.ExitSequence[car]);
            }
        }

        SortByKey(order, state.Keys, total);
        for (var position = 0; position < total; position++)
        {
            state.Keys[order[position]] = -state.LapsCompleted[order[position]];
        }

        SortByKey(order, state.Keys, total);
        for (var position = 0; position < total; position++)
        {
            state.Finish[order[position]] = position + 1;
        }
    }

    private static void Score(RaceInputs input, RaceState state)
    {
        for (var car = 0; car < input.Drivers; car++)
        {
            var (start, finish, led, fastest, completed) = (state.Start[car], state.Finish[car], state.LapsLed[car], state.FastestLaps[car], state.LapsCompleted[car]);
            state.DraftKings[car] = input.DraftKings.TotalHundredths(start, finish, led, fastest, completed);
            state.FanDuel[car] = input.FanDuel.TotalHundredths(start, finish, led, fastest, completed);
        }
    }

    /// <summary>Stable insertion sort of the first <paramref name="count"/> cars by key: fast on a field that is nearly in order.</summary>
    private static void SortByKey(int[] order, double[] keys, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var car = order[i];
            var key = keys[car];
            var j = i - 1;
            while (j >= 0 && keys[order[j]] > key)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = car;
        }
    }
}
