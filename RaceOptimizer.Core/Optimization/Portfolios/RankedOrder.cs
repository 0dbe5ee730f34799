namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// A fixed ranking of the best lineups, re-ranked twice as deep when the portfolio's constraints use them all up.
/// </summary>
internal sealed class RankedOrder(Func<int, Candidate[]> rank, int depth) : ICandidateOrder
{
    // Pacing may rank this many times deeper than the start before giving way; a hard rule may rank every lineup.
    private const int PacingDepthFactor = 64;

    private readonly int pacingDepth = depth * PacingDepthFactor;
    private Candidate[] ranked = rank(depth);
    private bool[] gone = new bool[depth];
    private int first;
    private int last = -1;

    public IEnumerable<Candidate> Current(Func<ulong, Eligibility> judge)
    {
        while (first < ranked.Length && gone[first])
        {
            first++;
        }

        for (last = first; last < ranked.Length; last++)
        {
            if (gone[last])
            {
                continue;
            }

            var eligibility = judge(ranked[last].Lineup);
            gone[last] = eligibility == Eligibility.Never;
            if (eligibility == Eligibility.Eligible)
            {
                yield return ranked[last];
            }
        }
    }

    public void Choose() => gone[last] = true;

    public bool Extend(bool forPacing)
    {
        if (ranked.Length < depth || (forPacing && depth >= pacingDepth))
        {
            return false; // the last ranking already held every lineup
        }

        depth *= 2;
        var deeper = rank(depth);
        var chosen = ranked.Where((_, i) => gone[i]).Select(c => c.Lineup).ToHashSet();
        (ranked, gone, first) = (deeper, [.. deeper.Select(c => chosen.Contains(c.Lineup))], 0);
        return true;
    }
}
