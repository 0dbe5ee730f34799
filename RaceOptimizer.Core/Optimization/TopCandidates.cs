namespace RaceOptimizer.Core.Optimization;

/// <summary>The best <see cref="Capacity"/> candidates seen so far: a min-heap whose root is the one to beat.</summary>
public sealed class TopCandidates(int capacity)
{
    private readonly PriorityQueue<Candidate, Candidate> heap = new(capacity + 1);

    public int Capacity { get; } = capacity;

    public int Count => heap.Count;

    public bool IsFull => heap.Count >= Capacity;

    /// <summary>The weakest kept candidate; only meaningful once <see cref="IsFull"/>.</summary>
    public Candidate Weakest => heap.Peek();

    /// <summary>The lowest score a new candidate needs to be kept, or <see cref="long.MinValue"/> while not full.</summary>
    public long ScoreToBeat => IsFull ? heap.Peek().Score : long.MinValue;

    public void Offer(Candidate candidate)
    {
        if (!IsFull)
        {
            heap.Enqueue(candidate, candidate);
        }
        else if (candidate > heap.Peek())
        {
            heap.DequeueEnqueue(candidate, candidate);
        }
    }

    public void Merge(TopCandidates other)
    {
        foreach (var (candidate, _) in other.heap.UnorderedItems)
        {
            Offer(candidate);
        }
    }

    /// <summary>The kept candidates, best first.</summary>
    public Candidate[] Ranked()
    {
        var ranked = heap.UnorderedItems.Select(item => item.Element).ToArray();
        Array.Sort(ranked, (a, b) => b.CompareTo(a));
        return ranked;
    }
}
