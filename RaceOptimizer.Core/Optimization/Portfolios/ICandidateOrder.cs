namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// Candidates best first, as valued with the lineups already chosen: a fixed ranking for objectives a lineup scores
/// alone, a re-valued one for ROI, where each chosen lineup joins the field the next ones compete against.
/// </summary>
internal interface ICandidateOrder
{
    /// <summary>Best first; a candidate once discarded or chosen is not given again.</summary>
    IEnumerable<Candidate> Current();

    /// <summary>The candidate last given can never join the portfolio.</summary>
    void Discard();

    /// <summary>The candidate last given joins the portfolio.</summary>
    void Choose();

    /// <summary>
    /// Ranks more lineups when the ranked ones ran out; false when every lineup is ranked already, or, when only pacing
    /// asks (<paramref name="forPacing"/>), when ranking deeper would cost more than pacing is worth.
    /// </summary>
    bool Extend(bool forPacing);
}
