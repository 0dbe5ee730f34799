namespace RaceOptimizer.Contracts.Jobs;

/// <summary>
/// `GET /api/jobs/{id}/portfolio`: the lineups of an optimize job the player kept (every lineup but those removed with
/// `DELETE /api/jobs/{id}/lineups/{number}`), those locked into it (`PUT /api/jobs/{id}/lineups/{number}/lock`: a
/// locked lineup cannot be removed until unlocked) and what they add up to. Exports and the entries fill use these lineups.
/// The contest figures of the result stay those of the portfolio as built: they need the simulated races to value again.
/// </summary>
/// <param name="Built">How many lineups the job built; lineup numbers run from 1 to it.</param>
/// <param name="Removed">The numbers of the lineups removed, ascending.</param>
/// <param name="AverageSalary">The kept lineups' mean salary; null when none is kept.</param>
/// <param name="AverageOwnership">The mean of each kept lineup's ownership sum, percent; null when the result has no ownership.</param>
/// <param name="AverageOwnershipProduct">The mean of each kept lineup's ownership product (shares multiplied).</param>
/// <param name="Duplicates">Opponents expected to enter one of the kept lineups, summed; null without a drawn field.</param>
/// <param name="Exposures">Each driver of a kept lineup: his exposure beside his ownership, most exposed first.</param>
/// <param name="Points">Simulated points of every kept lineup in every race, in the result's common bins; null without simulations.</param>
public sealed record KeptPortfolio(
    int Built,
    IReadOnlyList<int> Removed,
    double? AverageSalary,
    double? AverageOwnership,
    double? AverageOwnershipProduct,
    double? Duplicates,
    IReadOnlyList<KeptExposure> Exposures,
    PointsHistogram? Points)
{
    /// <summary>The numbers of the lineups locked into the portfolio, ascending; never removed ones.</summary>
    public IReadOnlyList<int> Locked { get; init; } = [];

    public bool Keeps(int number) => !Removed.Contains(number);

    public bool Locks(int number) => Locked.Contains(number);
}

/// <summary>
/// A driver's share of the kept lineups (0 to 1) beside his ownership (percent); <see cref="Leverage"/> is the difference in
/// percentage points: positive where the portfolio holds him more than the field does.
/// </summary>
public sealed record KeptExposure(string Driver, string Name, int Lineups, double Exposure, double? Ownership, double? Leverage);
