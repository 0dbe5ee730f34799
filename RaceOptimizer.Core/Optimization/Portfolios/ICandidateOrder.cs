namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>Whether a lineup may join the portfolio at this step.</summary>
internal enum Eligibility
{
    Eligible,
    NotNow,
    Never,
}

/// <summary>
/// Candidates best first, as valued with the lineups already chosen: a fixed ranking for objectives a lineup scores
/// alone, a re-valued one for ROI, where each chosen lineup joins the field the next ones compete against.
/// </summary>
internal interface ICandidateOrder
{
    /// <summary>
    /// The candidates <paramref name="judge"/> finds eligible now, best first. One judged never eligible is not given
    /// again; one not eligible now is kept for later steps, unvalued, so ROI values only the lineups that could join.
    /// </summary>
    IEnumerable<Candidate> Current(Func<ulong, Eligibility> judge);

    /// <summary>The candidate last given joins the portfolio.</summary>
    void Choose();

    /// <summary>
    /// Ranks more lineups when the ranked ones ran out; false when every lineup is ranked already, or, when only pacing
    /// asks (<paramref name="forPacing"/>), when ranking deeper would cost more than pacing is worth.
    /// </summary>
    bool Extend(bool forPacing);

    /// <summary>How the candidates were searched for, where the order searches (ROI); null for a fixed ranking.</summary>
    CandidateSearch? Search => null;
}
