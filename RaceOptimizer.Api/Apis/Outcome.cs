using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace RaceOptimizer.Api.Apis;

/// <summary>What one step of a request produced, or the problem that ends the request there.</summary>
internal sealed record Outcome<T>(T? Value, ProblemHttpResult? Refusal)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Value is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(ProblemHttpResult refusal) => new(null, refusal);
}
