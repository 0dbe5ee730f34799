namespace RaceOptimizer.Api.Data;

/// <summary>A fact about the database itself that must outlive the rows it concerns, such as "the sample was seeded".</summary>
public sealed class AppStateRecord
{
    public required string Key { get; init; }

    public required string Value { get; init; }
}
