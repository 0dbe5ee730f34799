using System.Numerics;

namespace RaceOptimizer.Core.Optimization.Portfolios;

/// <summary>
/// Improves a greedy portfolio whose lineups score alone (the sum is the objective) by two-for-two exchanges: the
/// weakest lineup and one other leave, and two ranked lineups that clash with nothing else take their places. Greedy
/// leaves no one-for-one swap (every better lineup clashes with a better chosen one), but a chosen lineup often blocks
/// two neighbours that are worth more together than it and the weakest lineup; pydfs-lineup-optimizer stops at greedy.
/// Each exchange raises the sum and keeps every rule (uniqueness, final exposures, pair limits), so the result is never
/// worse; the search is deterministic and bounded by <see cref="ExchangeBudget"/>. Kept lineups stay in their slots.
/// </summary>
internal sealed class PortfolioExchange
{
    private readonly PortfolioRules rules;
    private readonly int maxOverlap;
    private readonly int drivers;
    private readonly int[] least;
    private readonly int[] most;
    private readonly int[] counts;
    private readonly DriverCombinations combinations;

    /// <summary>The first slots hold the kept lineups (<see cref="PortfolioRules.Kept"/>): they never leave.</summary>
    private readonly int kept;

    /// <summary>The options of one leaving lineup, refilled for each: a fresh list per lineup allocated 600 MB a portfolio.</summary>
    private readonly List<Candidate> merged = [];

    public PortfolioExchange(LineupSpace space, PortfolioRules rules)
    {
        this.rules = rules;
        maxOverlap = space.Contest.RosterSize - rules.MinUniqueDrivers;
        kept = rules.Kept.Count;
        drivers = space.Slate.Drivers.Count;
        (least, most) = rules.Counts(drivers);
        counts = new int[drivers];
        combinations = new DriverCombinations(drivers, rules.MaxTrioLineups is not null);
    }

    /// <summary>The portfolio after every improving exchange the budget allows, each in the slot of a lineup it replaced.</summary>
    /// <param name="ranked">Lineups best first: the replacements are drawn from these.</param>
    public IReadOnlyList<Candidate> Improve(IReadOnlyList<Candidate> portfolio, IReadOnlyList<Candidate> ranked, ExchangeBudget budget)
    {
        var chosen = portfolio.ToArray();
        foreach (var lineup in chosen)
        {
            Tally(lineup.Lineup, +1, withTrios: true);
        }

        var inPortfolio = chosen.Select(c => c.Lineup).ToHashSet();
        var pool = ranked.Where(c => !inPortfolio.Contains(c.Lineup)).ToList();
        var rounds = 0;
        while (rounds < budget.Rounds && chosen.Length - kept >= 2 && Exchange(chosen, pool, budget))
        {
            rounds++;
        }

        return chosen;
    }

    /// <summary>Makes the best exchange that frees the weakest lineup; false when none raises the sum.</summary>
    private bool Exchange(Candidate[] chosen, List<Candidate> pool, ExchangeBudget budget)
    {
        var weakest = Array.IndexOf(chosen, chosen[kept..].Min(), kept);
        var (free, blockedBy) = Blockers(chosen, pool, weakest);
        (long Gain, int Out, Candidate First, Candidate Second) best = (0, -1, default, default);
        for (var leaving = kept; leaving < chosen.Length; leaving++)
        {
            if (leaving == weakest)
            {
                continue;
            }

            var freed = chosen[leaving].Score + chosen[weakest].Score;
            var choices = blockedBy[leaving] is { } blocked ? Merge(blocked, free) : free;
            if (BestPair(choices, freed + best.Gain, chosen[leaving].Lineup, chosen[weakest].Lineup, budget.PairChecks) is { } pair)
            {
                best = (pair.First.Score + pair.Second.Score - freed, leaving, pair.First, pair.Second);
            }
        }

        if (best.Out < 0)
        {
            return false;
        }

        Replace(chosen, pool, weakest, best.First);
        Replace(chosen, pool, best.Out, best.Second);
        return true;
    }

    /// <summary>
    /// The ranked lineups that clash with no chosen lineup but the weakest (free), and for each chosen lineup those that
    /// clash with it and at most the weakest besides, best first.
    /// </summary>
    private (List<Candidate> Free, List<Candidate>?[] BlockedBy) Blockers(Candidate[] chosen, List<Candidate> pool, int weakest)
    {
        var free = new List<Candidate>();
        var blockedBy = new List<Candidate>?[chosen.Length];
        foreach (var candidate in pool)
        {
            var blocker = -1;
            for (var i = 0; i < chosen.Length && blocker != -2; i++)
            {
                if (i != weakest && BitOperations.PopCount(candidate.Lineup & chosen[i].Lineup) > maxOverlap)
                {
                    blocker = blocker == -1 ? i : -2;
                }
            }

            if (blocker == -1)
            {
                free.Add(candidate);
            }
            else if (blocker >= 0)
            {
                (blockedBy[blocker] ??= []).Add(candidate);
            }
        }

        return (free, blockedBy);
    }

    /// <summary>Both lists, best first, in <see cref="merged"/>.</summary>
    private List<Candidate> Merge(List<Candidate> a, List<Candidate> b)
    {
        merged.Clear();
        var (i, j) = (0, 0);
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j == b.Count || (i < a.Count && a[i] > b[j]) ? a[i++] : b[j++]);
        }

        return merged;
    }

    /// <summary>
    /// The best two compatible options worth more than <paramref name="toBeat"/> together, or null. Pairs that clash or
    /// break a rule are checked at most <paramref name="checks"/> times: where exposures or pair limits refuse most of
    /// them, the search would otherwise grow with the square of the options.
    /// </summary>
    private (Candidate First, Candidate Second)? BestPair(List<Candidate> options, long toBeat, ulong leaving, ulong weakest, int checks)
    {
        (Candidate, Candidate)? best = null;
        for (var i = 0; i < options.Count && checks > 0; i++)
        {
            for (var j = i + 1; j < options.Count && checks-- > 0; j++)
            {
                var sum = options[i].Score + options[j].Score;
                if (sum <= toBeat)
                {
                    break; // best first: no later second option does better
                }

                if (BitOperations.PopCount(options[i].Lineup & options[j].Lineup) <= maxOverlap && KeepsRules(leaving, weakest, options[i].Lineup, options[j].Lineup))
                {
                    (best, toBeat) = ((options[i], options[j]), sum);
                    break;
                }
            }

            if (i + 1 < options.Count && options[i].Score + options[i + 1].Score <= toBeat)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>Whether the exposures and the pair and trio limits still hold with two lineups out and two in.</summary>
    private bool KeepsRules(ulong outA, ulong outB, ulong inA, ulong inB)
    {
        Tally(outA, -1);
        Tally(outB, -1);
        Tally(inA, +1);
        Tally(inB, +1);
        var keeps = Within(outA | outB | inA | inB) && TriosWithin(outA, outB, inA, inB);
        Tally(inB, -1);
        Tally(inA, -1);
        Tally(outB, +1);
        Tally(outA, +1);
        return keeps;
    }

    /// <summary>
    /// The trio limit after the exchange, counted without tallying trios in and out (a dictionary's work per pair tried):
    /// only the incoming lineups' trios can grow.
    /// </summary>
    private bool TriosWithin(ulong outA, ulong outB, ulong inA, ulong inB)
    {
        if (rules.MaxTrioLineups is not { } maxTrio)
        {
            return true;
        }

        static int Holds(ulong lineup, ulong trio) => (lineup & trio) == trio ? 1 : 0;
        return DriverCombinations.Trios(inA).Concat(DriverCombinations.Trios(inB)).All(trio =>
            combinations.TrioCount(trio) - Holds(outA, trio) - Holds(outB, trio) + Holds(inA, trio) + Holds(inB, trio) <= maxTrio);
    }

    private bool Within(ulong touched)
    {
        for (var a = touched; a != 0; a &= a - 1)
        {
            var first = BitOperations.TrailingZeroCount(a);
            if (counts[first] < least[first] || counts[first] > most[first])
            {
                return false;
            }

            for (var b = a & (a - 1); rules.MaxPairLineups is { } maxPair && b != 0; b &= b - 1)
            {
                if (combinations.Pair(first, BitOperations.TrailingZeroCount(b)) > maxPair)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void Replace(Candidate[] chosen, List<Candidate> pool, int slot, Candidate incoming)
    {
        Tally(chosen[slot].Lineup, -1, withTrios: true);
        Tally(incoming.Lineup, +1, withTrios: true);
        pool.Remove(incoming);
        var at = pool.BinarySearch(chosen[slot], Comparer<Candidate>.Create((a, b) => b.CompareTo(a)));
        pool.Insert(at < 0 ? ~at : at, chosen[slot]); // the lineup that left may return in a later exchange
        chosen[slot] = incoming;
    }

    /// <summary>Counts a lineup in or out of the exposures and pairs; trios only as a lineup is really exchanged.</summary>
    private void Tally(ulong lineup, int step, bool withTrios = false)
    {
        foreach (var driver in LineupSpace.Drivers(lineup))
        {
            counts[driver] += step;
        }

        combinations.Tally(lineup, step, withTrios);
    }
}

/// <summary>How far <see cref="PortfolioExchange"/> searches: the ranked lineups it draws from, and its exchanges at most.</summary>
/// <param name="PairChecks">Pairs of replacements tried per lineup that could leave, per exchange.</param>
internal sealed record ExchangeBudget(int Depth, int Rounds, int PairChecks)
{
    /// <summary>Measured on the Brickyard slate (docs/benchmarks.md): deep enough to find the exchanges, well inside 1 s.</summary>
    public static ExchangeBudget Default { get; } = new(Depth: 20_000, Rounds: 200, PairChecks: 2_000);
}
