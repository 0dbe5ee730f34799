using System.Text.Json.Serialization;

namespace RaceOptimizer.Core.Optimization.Contests;

/// <summary>Prize for each rank from <see cref="From"/> to <see cref="To"/> (1-based, inclusive).</summary>
public sealed record PayoutTier(int From, int To, double Prize);

[JsonConverter(typeof(JsonStringEnumConverter<ContestPreset>))]
public enum ContestPreset
{
    /// <summary>The top 45% double their entry (cash game).</summary>
    DoubleUp,

    /// <summary>The top half win 1.8 entries (cash game).</summary>
    FiftyFifty,

    /// <summary>A large-field tournament: the top 22% paid on a steep curve, 14% rake.</summary>
    TopHeavy,
}

/// <summary>
/// What a contest pays by rank. Prizes never grow with rank, so a better score never pays less, and entries tied on a
/// score split the prizes of the places they share: the average prize over the span of places they cover.
/// </summary>
public sealed class PayoutStructure
{
    /// <summary>The most entries a contest may have: more than the largest site tournaments (declared with the job limits).</summary>
    public const int MaxEntries = Contracts.Jobs.JobLimits.MaxPayoutEntries;

    private readonly double[] prizes;
    private readonly double[] cumulative;

    public PayoutStructure(int entries, double entryFee, IReadOnlyList<PayoutTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (Problem(entries, entryFee, tiers) is { } problem)
        {
            throw new ArgumentException(problem, nameof(tiers));
        }

        (Entries, EntryFee, Tiers) = (entries, entryFee, tiers);
        prizes = new double[entries];
        foreach (var tier in tiers)
        {
            prizes.AsSpan(tier.From - 1, tier.To - tier.From + 1).Fill(tier.Prize);
        }

        cumulative = new double[entries + 1];
        for (var place = 0; place < entries; place++)
        {
            cumulative[place + 1] = cumulative[place] + prizes[place];
        }
    }

    public int Entries { get; }

    public double EntryFee { get; }

    public IReadOnlyList<PayoutTier> Tiers { get; }

    public double PrizePool => cumulative[Entries];

    /// <summary>How many places pay anything (prizes never grow with rank, so they are the first ones).</summary>
    public int PaidPlaces => Tiers.Where(t => t.Prize > 0).Select(t => t.To).DefaultIfEmpty(0).Max();

    /// <summary>Places that count as the top 1%: ceil(1% of entries).</summary>
    public int TopOnePercentPlaces => (Entries + 99) / 100;

    /// <summary>Why these tiers cannot make a contest, or null when they can.</summary>
    public static string? Problem(int entries, double entryFee, IReadOnlyList<PayoutTier> tiers)
    {
        if (entries < 2)
        {
            return "A contest needs at least 2 entries.";
        }

        if (!double.IsFinite(entryFee) || entryFee <= 0)
        {
            return "The entry fee must be above 0.";
        }

        var previous = (To: 0, Prize: double.PositiveInfinity);
        foreach (var tier in tiers.OrderBy(t => t.From))
        {
            if (tier.From < 1 || tier.To < tier.From || tier.To > entries)
            {
                return $"Ranks {tier.From}-{tier.To} are not within 1-{entries}.";
            }

            if (tier.From <= previous.To)
            {
                return $"Ranks {tier.From}-{tier.To} overlap an earlier tier.";
            }

            if (!double.IsFinite(tier.Prize) || tier.Prize < 0 || tier.Prize > previous.Prize)
            {
                return $"The prize of ranks {tier.From}-{tier.To} must be 0 or more and no more than a better rank's.";
            }

            previous = (tier.To, tier.Prize);
        }

        return tiers.Count == 0 ? "A contest pays at least one rank." : null;
    }

    /// <summary>
    /// The average prize over places [<paramref name="from"/>, <paramref name="to"/>) counted from 0 and fractional,
    /// by <see cref="PlacePayout"/>'s rule; places past the last entry pay nothing.
    /// </summary>
    public double AveragePrize(double from, double to)
    {
        var table = new PrizeTotals(cumulative);
        return PlacePayout.Average(ref table, shift: 0, SampledRanks.PayoutColumn, from, to);
    }

    /// <summary>Prize by place (from 0), one per entry: what <see cref="SampledRanks"/> pays the field's places.</summary>
    public ReadOnlySpan<double> Prizes => prizes;

    public static PayoutStructure Preset(ContestPreset preset, int entries, double entryFee) => preset switch
    {
        ContestPreset.DoubleUp => Flat(entries, entryFee, paidShare: 0.45, rake: 0.1),
        ContestPreset.FiftyFifty => Flat(entries, entryFee, paidShare: 0.5, rake: 0.1),
        ContestPreset.TopHeavy => TopHeavy(entries, entryFee),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown contest preset."),
    };

    private static PayoutStructure Flat(int entries, double entryFee, double paidShare, double rake)
    {
        var paid = Math.Max(1, (int)(entries * paidShare));
        return new(entries, entryFee, [new PayoutTier(1, paid, entries * entryFee * (1 - rake) / paid)]);
    }

    /// <summary>
    /// Prize(k) = minCash + c (k^-1.2 - paid^-1.2): the last paid place wins twice the fee, first place a large share of
    /// the pool, as tournaments pay (DOMAIN.md: ~22% paid, 13-15% rake).
    /// </summary>
    private static PayoutStructure TopHeavy(int entries, double entryFee)
    {
        const double Steepness = 1.2;
        var pool = entries * entryFee * 0.86;
        var paid = Math.Max(1, (int)Math.Ceiling(entries * 0.22));
        var curve = Enumerable.Range(1, paid).Select(k => Math.Pow(k, -Steepness) - Math.Pow(paid, -Steepness)).ToArray();
        var minCash = Math.Min(2 * entryFee, pool / paid);
        var scale = curve.Sum() > 0 ? (pool - (paid * minCash)) / curve.Sum() : 0;
        return new(entries, entryFee, [.. curve.Select((c, i) => new PayoutTier(i + 1, i + 1, minCash + (scale * c)))]);
    }
}

/// <summary>A <see cref="PayoutStructure"/>'s running prize totals as a one-column <see cref="IRankTable"/>.</summary>
internal readonly struct PrizeTotals(double[] cumulative) : IRankTable
{
    public int Ranks => cumulative.Length - 1;

    public int Shifts => 1;

    public double Cumulative(int ranks, int shift, int column) => cumulative[ranks];
}
