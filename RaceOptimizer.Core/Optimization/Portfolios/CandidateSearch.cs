namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// How deep ROI looks for candidates: it starts at <see cref="Initial"/> lineups and doubles the pool, up to
/// <see cref="Most"/>, while a doubling finds lineups worth a place among the <see cref="Wanted"/> best by payout
/// against the field. docs/decisions.md ("ROI candidate pool") says why it stops at four times the start.
/// </summary>
internal sealed record PoolGrowth(int Initial, int Most, int Wanted)
{
    public const int MostFactor = 4;

    public static PoolGrowth For(OptimizeRequest request) =>
        new(request.CandidatePool, request.CandidatePool * MostFactor, request.Portfolio.Lineups);
}

/// <summary>What the ROI candidate search did: the pool it started with, the pool it valued, and the time it took.</summary>
public sealed record CandidateSearch(int Initial, int Valued, int Doublings, TimeSpan Elapsed);
