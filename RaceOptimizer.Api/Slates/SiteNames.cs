using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Api.Slates;

/// <summary>A site as URLs and forms write it: "dk" or "DraftKings", "fd" or "FanDuel", in any case.</summary>
internal static class SiteNames
{
    public const string Expected = "dk (DraftKings) or fd (FanDuel)";

    public static bool TryParse(string? text, out Site site)
    {
        (var known, site) = text?.Trim().ToLowerInvariant() switch
        {
            "dk" or "draftkings" => (true, Site.DraftKings),
            "fd" or "fanduel" => (true, Site.FanDuel),
            _ => (false, default),
        };
        return known;
    }
}
