using RaceOptimizer.Core.History;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Tests.History;

/// <summary>Made-up loop data: a small field racing weekly, driver 1 usually best, the order shuffled a little each week.</summary>
internal static class TestHistory
{
    public static readonly DateOnly FirstRace = new(2022, 3, 6);

    public static List<LoopDataRow> Rows(int races, int drivers = 12, string track = "Kansas Speedway", Series series = Series.Cup, DateOnly? first = null)
    {
        var rows = new List<LoopDataRow>();
        for (var race = 0; race < races; race++)
        {
            var date = (first ?? FirstRace).AddDays(7 * race);
            // Rotate a pair each week so finishes vary while driver 1 stays near the front.
            var finishes = Enumerable.Range(1, drivers).ToArray();
            var swap = race % (drivers - 1);
            (finishes[swap], finishes[swap + 1]) = (finishes[swap + 1], finishes[swap]);
            for (var d = 0; d < drivers; d++)
            {
                var finish = finishes[d];
                rows.Add(new LoopDataRow($"Driver {d + 1}", date, series, track, Start: d + 1, finish, AverageRunningPosition: finish, LapsLed: finish == 1 ? 200 : 0, FastestLaps: finish == 1 ? 50 : 1, LapsCompleted: 200, "running"));
            }
        }

        return rows;
    }
}
