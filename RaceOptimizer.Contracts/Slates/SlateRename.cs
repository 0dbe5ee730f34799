namespace RaceOptimizer.Contracts.Slates;

/// <summary>The body of `PATCH /api/slates/{id}`: the slate's new name, trimmed, 1 to <see cref="MaxNameLength"/> characters.</summary>
public sealed record SlateRename(string? Name)
{
    /// <summary>The longest slate name, the same for an import's `name` field and a rename.</summary>
    public const int MaxNameLength = 200;
}
