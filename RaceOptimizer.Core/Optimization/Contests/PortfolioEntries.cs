namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>
/// The scores of the portfolio's own lineups in every simulated race, kept sorted per race as lineups are added, so a
/// candidate's place counts them like any other entry: lineups of one portfolio compete with each other.
/// </summary>
public sealed class PortfolioEntries(int simulations, int capacity)
{
    private readonly int[] sorted = new int[checked(simulations * capacity)];

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<int> scores)
    {
        if (Count == capacity)
        {
            throw new InvalidOperationException($"The portfolio already holds {capacity} lineups.");
        }

        for (var simulation = 0; simulation < simulations; simulation++)
        {
            var row = sorted.AsSpan(simulation * capacity, Count + 1);
            var at = Count;
            while (at > 0 && row[at - 1] > scores[simulation])
            {
                row[at] = row[at - 1];
                at--;
            }

            row[at] = scores[simulation];
        }

        Count++;
    }

    public (int Ahead, int Tied) Place(int simulation, int score) =>
        ContestStandings.Place(sorted.AsSpan(simulation * capacity, Count), score);
}
