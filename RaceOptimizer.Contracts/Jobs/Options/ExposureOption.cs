namespace RaceOptimizer.Contracts.Jobs.Options;

/// <summary>A driver's exposure limits as the request gives them: the site's player id and shares from 0 to 1.</summary>
public sealed record ExposureOption
{
    [RequiredOption("is required: the site's player id")]
    public string? Driver { get; init; }

    [Fraction]
    public double Min { get; init; }

    [Fraction]
    public double Max { get; init; } = 1;
}
