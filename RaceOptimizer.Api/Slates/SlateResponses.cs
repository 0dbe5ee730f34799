using RaceOptimizer.Api.Data;
using RaceOptimizer.Contracts.Slates;
using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Slates;

/// <summary>
/// How a stored slate and Core's slate types become the public contract's (RaceOptimizer.Contracts.Slates). Core's
/// enums are written by their names, as their JSON converters write them.
/// </summary>
public static class SlateResponses
{
    extension(SlateDetails)
    {
        /// <param name="names">The upload's name report: its loose matches join the adjustments.</param>
        public static SlateDetails Of(SlateRecord slate, bool hasResults, NameMatchReport? names = null) =>
            new(
                slate.Id,
                slate.Name,
                slate.Site.ToString(),
                slate.Race.ToInfo(),
                slate.CreatedAt,
                hasResults,
                [.. slate.Drivers.Select(d => d.ToInfo())])
            {
                FieldCars = [.. slate.FieldCars.Select(c => new FieldCarInfo(c.Name, c.Start, c.StartsAtRear))],
                Choices = slate.Choices,
                Adjustments = [.. SlateAdjustment.Of(slate.ToSlate(), names).Select(a => new SlateAdjustmentInfo(a.Kind.ToString(), a.Driver, a.Detail))],
                Names = names?.ToInfo(),
            };
    }

    public static RaceInfo ToInfo(this Race race) =>
        new(race.Name, race.Series.ToString(), race.Track, race.TrackType.ToString(), race.ScheduledLaps, race.Date);

    public static SlateDriverInfo ToInfo(this SlateDriver driver) =>
        new(driver.Name, driver.SiteId, driver.Salary, driver.Start, driver.Projection, driver.ProjectedFinish, driver.Ownership, driver.AvgPointsPerGame, driver.StartsAtRear);

    public static NameMatchInfo ToInfo(this NameMatchReport names) =>
        new(
            [.. names.Matched.Select(m => new MatchedNameInfo(m.File, m.Line, m.Name, m.SlateName, m.How.ToString()))],
            [.. names.Unmatched.Select(u => new UnmatchedNameInfo(u.File, u.Line, u.Name, u.Suggestion))],
            [.. names.Absent.Select(a => new AbsentDriverInfo(a.File, a.SlateName))]);
}
