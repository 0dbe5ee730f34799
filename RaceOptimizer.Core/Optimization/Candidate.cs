namespace RaceOptimizer.Core.Optimization;

/// <summary>
/// A lineup with its objective value. Candidates order by <see cref="Score"/>, then <see cref="TieBreak"/> (the mean,
/// where the objective is not the mean itself), then the lineup's mask, so every run ranks them the same way whatever
/// the thread count.
/// </summary>
public readonly record struct Candidate(ulong Lineup, int Salary, long Score, long TieBreak) : IComparable<Candidate>
{
    /// <summary>Positive when this candidate ranks ahead of <paramref name="other"/>.</summary>
    public int CompareTo(Candidate other)
    {
        var byScore = Score.CompareTo(other.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byTieBreak = TieBreak.CompareTo(other.TieBreak);
        return byTieBreak != 0 ? byTieBreak : other.Lineup.CompareTo(Lineup);
    }

    public static bool operator <(Candidate left, Candidate right) => left.CompareTo(right) < 0;

    public static bool operator >(Candidate left, Candidate right) => left.CompareTo(right) > 0;

    public static bool operator <=(Candidate left, Candidate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Candidate left, Candidate right) => left.CompareTo(right) >= 0;
}
