using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Random;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// The one implementation of a simulated race, lap by lap. Each green lap every running car turns a lap whose time is its
/// pace (strength, what its grid spot reveals and form on the day, slowed by any damage) plus tire falloff, noise and the
/// air of the car ahead (the leader, in clean air, gains its lead ability instead); the field is then re-sorted by elapsed
/// time. Each car crashes and breaks at its own chances (the track's, times its tendencies). Cautions (stage ends,
/// incidents, failures, debris) freeze the order, bunch the field with lapped cars behind the lead lap, and send cars
/// with worn tires to pit road. Rear starters line up behind the field but keep their qualified start for scoring.
/// <para>
/// The engine is generic over where its numbers live: the CPU runs it over managed arrays (<see cref="ManagedRaceInputs"/>,
/// <see cref="RaceState"/>), and the GPU worker's ILGPU kernel compiles these very methods over device memory. So the
/// lap loop touches only the state and the model's numbers: no allocation, no LINQ, no virtual call, no exception, and
/// the random draws come in a fixed order from a counter-based stream. Inputs and state are passed by reference because
/// a generic `in` parameter would be copied on every call.
/// </para>
/// </summary>
internal static class RaceEngine<TInputs, TState>
    where TInputs : struct, IRaceInputs
    where TState : struct, IRaceState
{
    private const byte Incident = 0;
    private const byte Mechanical = 1;
    private const byte Wrecked = 2;

    // Cars out of the race sort behind every running car.
    private const double OutOfRace = 1e300;

    public static void Run(ref TInputs input, ref TState state, ulong seed, long simulation)
    {
        var random = new CounterRandom(seed, (ulong)simulation);
        var model = input.Model;
        Grid(ref input, ref state, model, ref random);

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
                state.LapsLed(state.Order(0))++;
                continue;
            }

            state.GreenLaps++;
            var caution = GreenLap(ref input, ref state, model, ref random, lap);
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
                    Bunch(ref input, ref state, model, ref random);
                }
            }
        }

        state.LapsRun = lap;
        Classify(ref input, ref state, lap, model.LapSeconds);
        Score(ref input, ref state);
    }

    private static void Grid(ref TInputs input, ref TState state, in TrackTypeModel model, ref CounterRandom random)
    {
        var n = input.Drivers;
        for (var car = 0; car < n; car++)
        {
            state.Order(car) = car;
            state.Key(car) = input.DrawsStarts ? -(input.Strength(car) + (model.QualifyingSd * input.Normal(random.NextNormalIndex()))) : input.Start(car);
        }

        SortByKey(ref state, n);

        // Qualified positions are kept for scoring and for what they reveal of the car's speed; rear starters then line
        // up behind the rest, in the order they qualified (stable sort, so a field without one keeps its order).
        for (var position = 0; position < n; position++)
        {
            var car = state.Order(position);
            state.Start(car) = position + 1;
            state.Key(car) = input.StartsAtRear(car) ? position + n : position;
        }

        SortByKey(ref state, n);
        for (var position = 0; position < n; position++)
        {
            var car = state.Order(position);
            state.Pace(car) = input.BasePace(car) - input.GridPace(state.Start(car) - 1) + (model.RaceFormSd * input.Normal(random.NextNormalIndex()));
            state.Elapsed(car) = position * model.RestartSpacing;
            state.TireAge(car) = 0;
            state.NextStop(car) = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            state.LapsLed(car) = 0;
            state.FastestLaps(car) = 0;
            state.LapsCompleted(car) = 0;
            state.Status(car) = FinishStatus.Running;
        }

        state.Running = n;
        state.Exits = 0;
        state.GreenLaps = 0;
        state.Cautions = 0;
    }

    /// <summary>Runs one green lap for every car still in the race; true when it ends in a caution.</summary>
    private static bool GreenLap(ref TInputs inputs, ref TState race, in TrackTypeModel model, ref CounterRandom random, int lap)
    {
        // Local copies (both hold only references) let the JIT keep the arrays in registers through the hot loop.
        var (input, state) = (inputs, race);
        var (falloff, noise, airRange, airPenalty, airSlope) = (model.TireFalloff, model.LapNoiseSd, model.AirRange, model.AirPenalty, model.AirPenalty / model.AirRange);
        var pending = 0;
        var best = double.MaxValue;
        var fastest = -1;

        // Back to front, so the car ahead's elapsed time is still the one from the start of the lap.
        for (var position = state.Running - 1; position >= 0; position--)
        {
            var car = state.Order(position);
            var bits = random.NextUInt64();
            var time = state.Pace(car) + (falloff * state.TireAge(car)) + (noise * input.Normal(NormalDistribution.TableIndex(bits)));
            if (position > 0)
            {
                var gap = state.Elapsed(car) - state.Elapsed(state.Order(position - 1));
                if (gap < airRange)
                {
                    time += airPenalty - (gap * airSlope);
                }
            }
            else
            {
                // Clean air: a driver who holds the lead better than his pace says gains here, and only here.
                time -= input.LeadPace(car);
            }

            ref var tireAge = ref state.TireAge(car);
            if (++tireAge > state.NextStop(car))
            {
                time += model.GreenPitLoss;
                tireAge = 0;
                state.NextStop(car) = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            }

            state.Elapsed(car) += time;
            state.LapTime(car) = time;
            if (time < best)
            {
                (best, fastest) = (time, car);
            }

            // Chances compared as 32-bit integers, each car's own: no conversion in the loop, and exact on any device.
            var chance = (uint)bits;
            if (chance < input.FailureBelow(car))
            {
                state.PendingCar(pending) = car;
                state.PendingKind(pending++) = chance < input.IncidentBelow(car) ? Incident : Mechanical;
            }
        }

        var field = random.NextUInt64();
        var caution = (uint)field < RaceInputs.Threshold(model.CautionRate);
        if ((uint)(field >> 32) < RaceInputs.Threshold(model.WreckRate))
        {
            pending = Wreck(ref state, model, ref random, pending);
        }

        caution |= Apply(ref input, ref state, model, ref random, pending, lap);
        SortByElapsed(ref state, state.Running + state.Exits);
        state.FastestLaps(state.Status(fastest) == FinishStatus.Running ? fastest : FastestRunning(ref state))++;

        state.LapsLed(state.Order(0))++;
        return caution;
    }

    /// <summary>The fastest lap of the cars that finished it, when the fastest car of all went out on it (rare: scanned, not tracked).</summary>
    private static int FastestRunning(ref TState state)
    {
        var fastest = state.Order(0);
        for (var position = 1; position < state.Running; position++)
        {
            var car = state.Order(position);
            fastest = state.LapTime(car) < state.LapTime(fastest) ? car : fastest;
        }

        return fastest;
    }

    /// <summary>A multi-car wreck: a run of cars next to each other on track, two plus a geometric number more.</summary>
    private static int Wreck(ref TState state, in TrackTypeModel model, ref CounterRandom random, int pending)
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
            state.PendingCar(pending) = state.Order(position);
            state.PendingKind(pending++) = Wrecked;
        }

        return pending;
    }

    /// <summary>Applies the lap's incidents, failures and wreck; true when one of them brings out a caution.</summary>
    private static bool Apply(ref TInputs input, ref TState state, in TrackTypeModel model, ref CounterRandom random, int pending, int lap)
    {
        var caution = false;
        for (var i = 0; i < pending; i++)
        {
            var car = state.PendingCar(i);
            if (state.Status(car) != FinishStatus.Running || state.Running == 1)
            {
                continue;
            }

            var kind = state.PendingKind(i);
            if (kind == Mechanical)
            {
                caution |= random.NextDouble() < model.MechanicalCaution;
                Retire(ref input, ref state, model, car, FinishStatus.Mechanical, lap);
                continue;
            }

            caution = true;
            if (random.NextDouble() < (kind == Wrecked ? model.WreckOut : model.IncidentOut))
            {
                Retire(ref input, ref state, model, car, FinishStatus.Accident, lap);
            }
            else
            {
                // Spun or damaged, it limps on: time lost now, and pace for the rest of the race.
                state.Pace(car) += model.DamagePace;
                state.Elapsed(car) += model.LapSeconds / 2;
            }
        }

        return caution;
    }

    /// <summary>Takes a car out during <paramref name="lap"/>: it completed the laps before it, less the laps it was down.</summary>
    private static void Retire(ref TInputs input, ref TState state, in TrackTypeModel model, int car, FinishStatus status, int lap)
    {
        // The order is that of the start of the lap, and its leader may be out already: find the leader now.
        var leader = double.MaxValue;
        for (var other = 0; other < input.Drivers; other++)
        {
            leader = state.Status(other) == FinishStatus.Running ? Math.Min(leader, state.Elapsed(other)) : leader;
        }

        var down = (int)((state.Elapsed(car) - leader) / model.LapSeconds);
        state.LapsCompleted(car) = Math.Max(0, lap - 1 - down);
        state.Status(car) = status;
        state.ExitSequence(car) = state.Exits++;
        state.Elapsed(car) = OutOfRace;
        state.Running--;
    }

    /// <summary>
    /// A caution: lapped cars line up behind the lead lap (the first of them gets his lap back), cars on old tires pit and
    /// come out behind those that stayed out, shuffled by their crews, and the field closes up.
    /// </summary>
    private static void Bunch(ref TInputs input, ref TState state, in TrackTypeModel model, ref CounterRandom random)
    {
        var leader = state.Elapsed(state.Order(0));
        var freePass = true;
        for (var position = 0; position < state.Running; position++)
        {
            var car = state.Order(position);
            var down = (int)((state.Elapsed(car) - leader) / model.LapSeconds);
            if (down > 0 && freePass)
            {
                (down, freePass) = (down - 1, false);
            }

            var key = (down * 10_000.0) + position;
            if (state.TireAge(car) >= model.CautionPitTireAge && random.NextDouble() >= model.CautionStayOut)
            {
                key += 1_000 + (model.PitShuffleSd * input.Normal(random.NextNormalIndex()));
                state.TireAge(car) = 0;
                state.NextStop(car) = model.FuelWindow - random.NextInt(model.FuelWindowSpread + 1);
            }

            state.Key(car) = key;
            state.LapsDown(car) = down;
        }

        SortByKey(ref state, state.Running);
        for (var position = 0; position < state.Running; position++)
        {
            var car = state.Order(position);
            state.Elapsed(car) = leader + (state.LapsDown(car) * model.LapSeconds) + (position * model.RestartSpacing);
        }
    }

    /// <summary>
    /// Finishing order: by laps completed; at equal laps, running cars in track order, then cars that went out later
    /// ahead of those that went out earlier.
    /// </summary>
    private static void Classify(ref TInputs input, ref TState state, int laps, double lapSeconds)
    {
        var leader = state.Elapsed(state.Order(0));
        var total = state.Running + state.Exits;
        for (var position = 0; position < total; position++)
        {
            var car = state.Order(position);
            if (position < state.Running)
            {
                state.LapsCompleted(car) = Math.Max(0, laps - (int)((state.Elapsed(car) - leader) / lapSeconds));
                state.Key(car) = position;
            }
            else
            {
                state.Key(car) = total + (total - state.ExitSequence(car));
            }
        }

        SortByKey(ref state, total);
        for (var position = 0; position < total; position++)
        {
            state.Key(state.Order(position)) = -state.LapsCompleted(state.Order(position));
        }

        SortByKey(ref state, total);
        for (var position = 0; position < total; position++)
        {
            state.Finish(state.Order(position)) = position + 1;
        }
    }

    private static void Score(ref TInputs input, ref TState state)
    {
        for (var car = 0; car < input.Drivers; car++)
        {
            var (start, finish, led, fastest, completed) = (state.Start(car), state.Finish(car), state.LapsLed(car), state.FastestLaps(car), state.LapsCompleted(car));
            state.DraftKings(car) = input.DraftKingsPoints(start, finish, led, fastest, completed);
            state.FanDuel(car) = input.FanDuelPoints(start, finish, led, fastest, completed);
        }
    }

    /// <summary>Stable insertion sort of the first <paramref name="count"/> cars by <see cref="IRaceState.Key"/>: fast on a field that is nearly in order.</summary>
    private static void SortByKey(ref TState state, int count) => Sort<ByKey>(ref state, count);

    /// <summary>The same sort by <see cref="IRaceState.Elapsed"/>: the order on track after a green lap.</summary>
    private static void SortByElapsed(ref TState state, int count) => Sort<ByElapsed>(ref state, count);

    private static void Sort<TSortKey>(ref TState race, int count)
        where TSortKey : struct, ISortKey
    {
        var (state, by) = (race, default(TSortKey));
        for (var i = 1; i < count; i++)
        {
            var car = state.Order(i);
            var key = by.Of(ref state, car);
            var j = i - 1;
            while (j >= 0 && by.Of(ref state, state.Order(j)) > key)
            {
                state.Order(j + 1) = state.Order(j);
                j--;
            }

            state.Order(j + 1) = car;
        }
    }

    /// <summary>What a sort orders cars by; a struct type argument, so each sort compiles to direct reads.</summary>
    private interface ISortKey
    {
        double Of(ref TState state, int car);
    }

    private readonly struct ByKey : ISortKey
    {
        public double Of(ref TState state, int car) => state.Key(car);
    }

    private readonly struct ByElapsed : ISortKey
    {
        public double Of(ref TState state, int car) => state.Elapsed(car);
    }
}
