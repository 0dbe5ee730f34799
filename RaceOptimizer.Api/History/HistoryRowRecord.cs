using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.History;

/// <summary>One stored row of loop data: one driver in one race. (date, series, track, driver) identifies it.</summary>
public sealed class HistoryRowRecord
{
    public long Id { get; set; }

    public required string Driver { get; set; }

    public DateOnly Date { get; set; }

    public Series Series { get; set; }

    public required string Track { get; set; }

    public int Start { get; set; }

    public int Finish { get; set; }

    public double? AverageRunningPosition { get; set; }

    public int LapsLed { get; set; }

    public int FastestLaps { get; set; }

    public int LapsCompleted { get; set; }

    public required string Status { get; set; }

    public static HistoryRowRecord From(LoopDataRow row) => new()
    {
        Driver = row.Driver,
        Date = row.Date,
        Series = row.Series,
        Track = row.Track,
        Start = row.Start,
        Finish = row.Finish,
        AverageRunningPosition = row.AverageRunningPosition,
        LapsLed = row.LapsLed,
        FastestLaps = row.FastestLaps,
        LapsCompleted = row.LapsCompleted,
        Status = row.Status,
    };

    public LoopDataRow ToRow() => new(Driver, Date, Series, Track, Start, Finish, AverageRunningPosition, LapsLed, FastestLaps, LapsCompleted, Status);

    /// <summary>
    /// What makes two rows the same row, whatever the file they came from. Date, track and driver alone do not: a
    /// doubleheader or an All-Star heat puts a driver in two races on one day at one track.
    /// </summary>
    public (DateOnly, Series, string, string, int, int, int, int, int) Key => (Date, Series, Track, Driver, Start, Finish, LapsCompleted, LapsLed, FastestLaps);
}
