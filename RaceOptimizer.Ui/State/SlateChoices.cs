namespace RaceOptimizer.Ui.State;

/// <summary>What a driver must be in the lineups: in every one (locked), in none (excluded), or left to the optimizer.</summary>
public enum DriverChoice
{
    Open,
    Locked,
    Excluded,
}

/// <summary>
/// The locks and excludes picked on a slate's driver table, kept for the circuit so the Optimize form starts with
/// them. They are choices for one optimization, not facts of the slate, so they are not stored by the API.
/// </summary>
public sealed class SlateChoices
{
    private readonly Dictionary<string, Dictionary<string, DriverChoice>> bySlate = [];

    public DriverChoice Of(string slateId, string siteId) =>
        bySlate.TryGetValue(slateId, out var choices) && choices.TryGetValue(siteId, out var choice) ? choice : DriverChoice.Open;

    public void Set(string slateId, string siteId, DriverChoice choice)
    {
        if (!bySlate.TryGetValue(slateId, out var choices))
        {
            bySlate[slateId] = choices = [];
        }

        if (choice == DriverChoice.Open)
        {
            choices.Remove(siteId);
        }
        else
        {
            choices[siteId] = choice;
        }
    }

    public IReadOnlyList<string> Locked(string slateId) => With(slateId, DriverChoice.Locked);

    public IReadOnlyList<string> Excluded(string slateId) => With(slateId, DriverChoice.Excluded);

    private List<string> With(string slateId, DriverChoice choice) =>
        bySlate.TryGetValue(slateId, out var choices) ? [.. choices.Where(c => c.Value == choice).Select(c => c.Key).Order(StringComparer.Ordinal)] : [];
}
