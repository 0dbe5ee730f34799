using System.Text.Json.Serialization;
using RaceOptimizer.Core.Import;

namespace RaceOptimizer.Core.Slates;

/// <summary>What the import did about a difference between the grid and the slate, so nothing changes without a word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlateAdjustmentKind>))]
public enum SlateAdjustmentKind
{
    /// <summary>A slate driver missing from the grid: he did not qualify or withdrew, scores 0 and is never picked.</summary>
    DidNotQualify,

    /// <summary>A grid car the slate does not sell: it races as part of the field.</summary>
    FieldCar,

    /// <summary>A car sent to the rear before the start, scored from its qualified position.</summary>
    StartsAtRear,

    /// <summary>A name written differently in another file than in the salary file, matched to the slate's driver.</summary>
    NameMatched,
}

/// <param name="Driver">The driver's name as the slate (or, for a field car, the grid) writes it.</param>
public sealed record SlateAdjustment(SlateAdjustmentKind Kind, string Driver, string Detail)
{
    /// <summary>Every adjustment the slate's grid implies, plus the names matched loosely when the import's report is given.</summary>
    public static IReadOnlyList<SlateAdjustment> Of(Slate slate, NameMatchReport? names = null)
    {
        ArgumentNullException.ThrowIfNull(slate);
        var notStarting = slate.Drivers.Where(d => !slate.Starts(d))
            .Select(d => new SlateAdjustment(SlateAdjustmentKind.DidNotQualify, d.Name, "not on the starting grid: did not qualify or withdrew; scores 0 and is left out of every lineup"));
        var fieldCars = slate.FieldCars
            .Select(c => new SlateAdjustment(SlateAdjustmentKind.FieldCar, c.Name, $"on the grid (start {c.Start}) but not on the slate: races as a field car, never in a lineup"));
        var rear = slate.Drivers.Where(d => d.StartsAtRear && d.Start is not null).Select(d => (d.Name, Start: d.Start!.Value))
            .Concat(slate.FieldCars.Where(c => c.StartsAtRear).Select(c => (c.Name, c.Start)))
            .Select(c => new SlateAdjustment(SlateAdjustmentKind.StartsAtRear, c.Name, $"starts at the rear; place differential counts from the qualified start {c.Start}"));
        var matched = (names?.Matched ?? [])
            .Select(m => new SlateAdjustment(SlateAdjustmentKind.NameMatched, m.SlateName, $"'{m.Name}' in {m.File} (line {m.Line}) matched by {m.How}"));
        return [.. notStarting, .. fieldCars, .. rear, .. matched];
    }
}
