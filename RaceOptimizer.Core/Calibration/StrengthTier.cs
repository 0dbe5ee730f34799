namespace RaceOptimizer.Core.Calibration;

/// <summary>
/// Where a driver ranked in his field by pre-race rating. Loop data has no salaries, so the rating rank stands in for
/// the salary tiers DFS players think in.
/// </summary>
public enum StrengthTier
{
    Top10,
    Ranks11To20,
    Ranks21To30,
    Rest,
}

public static class StrengthTiers
{
    public static string Display(StrengthTier tier) => tier switch
    {
        StrengthTier.Top10 => "rated 1-10",
        StrengthTier.Ranks11To20 => "rated 11-20",
        StrengthTier.Ranks21To30 => "rated 21-30",
        _ => "rated 31+",
    };

    /// <summary>Each driver's tier by his rank in strength, best first (ties in field order).</summary>
    internal static StrengthTier[] Of(IReadOnlyList<double> strengths)
    {
        var tiers = new StrengthTier[strengths.Count];
        var ranked = Enumerable.Range(0, strengths.Count).OrderByDescending(i => strengths[i]).ToList();
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            tiers[ranked[rank]] = (StrengthTier)Math.Min(rank / 10, (int)StrengthTier.Rest);
        }

        return tiers;
    }
}
