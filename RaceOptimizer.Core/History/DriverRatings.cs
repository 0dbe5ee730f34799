using RaceOptimizer.Core.Names;

namespace RaceOptimizer.Core.History;

/// <summary>Ratings of every driver a history knows, found by name the way other files' names are matched.</summary>
public sealed class DriverRatings
{
    private readonly DriverNameMatcher matcher;
    private readonly Dictionary<string, DriverRating> byName;
    private readonly Func<string, DriverRating> newcomer;

    internal DriverRatings(IReadOnlyList<DriverRating> ratings, Func<string, DriverRating> newcomer)
    {
        All = ratings;
        byName = ratings.ToDictionary(r => r.Driver);
        matcher = new DriverNameMatcher(ratings.Select(r => r.Driver));
        this.newcomer = newcomer;
    }

    public IReadOnlyList<DriverRating> All { get; }

    /// <summary>The driver's rating, or the newcomer rating (no races) when the history does not know him.</summary>
    public DriverRating For(string driver) => matcher.Match(driver) is { } match ? byName[match.Name] : newcomer(driver);
}
