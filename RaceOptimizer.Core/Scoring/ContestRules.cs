using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Scoring;

/// <summary>The roster rules of a site's NASCAR contest. The one salary check and lineup check everything uses.</summary>
/// <param name="RosterPosition">The name of every roster slot, as upload files head their columns.</param>
/// <param name="MaxLineupsPerUpload">How many lineups one upload file may hold; null where the site sets no limit.</param>
public sealed record ContestRules(Site Site, int RosterSize, int SalaryCap, string RosterPosition, int? MaxLineupsPerUpload)
{
    public static ContestRules DraftKings { get; } = new(Site.DraftKings, RosterSize: 6, SalaryCap: 50_000, RosterPosition: "D", MaxLineupsPerUpload: 500);

    public static ContestRules FanDuel { get; } = new(Site.FanDuel, RosterSize: 5, SalaryCap: 50_000, RosterPosition: "Driver", MaxLineupsPerUpload: null);

    public static ContestRules For(Site site) => site switch
    {
        Site.DraftKings => DraftKings,
        Site.FanDuel => FanDuel,
        _ => throw new ArgumentOutOfRangeException(nameof(site), site, "No contest rules for this site."),
    };

    public ScoringTable Scoring => ScoringTable.For(Site);

    public bool FitsSalaryCap(int salary) => salary <= SalaryCap;

    /// <summary>
    /// Why no lineup at all can be entered on the slate (too few starting drivers, or the cheapest roster over the cap);
    /// null when at least one can. A slate that fails this is not a contest, whatever the optimizer is asked.
    /// </summary>
    public string? WhyNoLineup(Slate slate)
    {
        ArgumentNullException.ThrowIfNull(slate);
        var salaries = slate.Drivers.Where(slate.Starts).Select(d => d.Salary).Order().ToList();
        if (salaries.Count < RosterSize)
        {
            var left = slate.Drivers.Count - salaries.Count;
            var starting = left == 0 ? $"The slate has {salaries.Count} drivers" : $"{salaries.Count} of the slate's {slate.Drivers.Count} drivers start (the grid leaves out {left})";
            return $"{starting}; a {Site} lineup needs {RosterSize}: no lineup can be entered.";
        }

        var cheapest = salaries.Take(RosterSize).Sum();
        return FitsSalaryCap(cheapest)
            ? null
            : FormattableString.Invariant($"The {RosterSize} cheapest starting drivers cost {cheapest:N0}, over the {SalaryCap:N0} cap: no lineup can be entered.");
    }

    /// <summary>Every rule the lineup breaks on this slate; empty when it may be entered.</summary>
    public IReadOnlyList<LineupViolation> Validate(Lineup lineup, Slate slate)
    {
        ArgumentNullException.ThrowIfNull(lineup);
        ArgumentNullException.ThrowIfNull(slate);
        if (slate.Site != Site)
        {
            throw new ArgumentException($"The slate is a {slate.Site} slate; these are {Site} rules.", nameof(slate));
        }

        var violations = new List<LineupViolation>();
        if (lineup.SiteIds.Count != RosterSize)
        {
            violations.Add(new(LineupRule.RosterSize, $"The lineup has {lineup.SiteIds.Count} drivers; a {Site} lineup has {RosterSize}."));
        }

        foreach (var repeated in lineup.SiteIds.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            violations.Add(new(LineupRule.DistinctDrivers, $"Driver {repeated.Key} is in the lineup {repeated.Count()} times."));
        }

        var drivers = slate.Drivers.ToDictionary(d => d.SiteId);
        foreach (var id in lineup.SiteIds.Distinct().Where(id => !drivers.ContainsKey(id)))
        {
            violations.Add(new(LineupRule.DriverInSlate, $"Player id {id} is not on the slate."));
        }

        var salary = lineup.SiteIds.Sum(id => drivers.TryGetValue(id, out var driver) ? driver.Salary : 0);
        if (!FitsSalaryCap(salary))
        {
            violations.Add(new(LineupRule.SalaryCap, FormattableString.Invariant($"The salary {salary:N0} is over the {SalaryCap:N0} cap.")));
        }

        return violations;
    }
}
