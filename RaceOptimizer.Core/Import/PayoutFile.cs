using RaceOptimizer.Core.Import.Csv;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Core.Import;

/// <summary>
/// A contest's payout table: columns from, to and prize, one row per range of ranks (1-based, inclusive), best ranks
/// first or in any order. Ranges may not overlap and a worse rank never pays more than a better one.
/// </summary>
public static class PayoutFile
{
    public static ImportResult<IReadOnlyList<PayoutTier>> Read(Stream stream, string fileName) =>
        CsvImport.Read(stream, fileName, ImportLimits.SlateFileBytes, Parse);

    internal static IReadOnlyList<PayoutTier>? Parse(CsvSheet sheet, ProblemLog problems)
    {
        if (CsvColumns.Bind(sheet, CsvLayouts.Payouts, problems) is not { } columns)
        {
            return null;
        }

        var (from, to, prize) = (columns["from"], columns["to"], columns["prize"]);
        var tiers = new List<(int Line, PayoutTier Tier)>();
        foreach (var row in sheet.Rows)
        {
            var cells = new RowReader(row, problems);
            var (first, last, amount) = (cells.WholeNumber(from, 1), cells.WholeNumber(to, 1), cells.Number(prize, 0));
            if (first is { } f && last is { } l && amount is { } p)
            {
                if (l < f)
                {
                    cells.Problem(to, $"'to' is {l}, before 'from' ({f})");
                    continue;
                }

                tiers.Add((row.Line, new PayoutTier(f, l, p)));
            }
        }

        CheckOrder(tiers, columns, problems);
        return problems.Any ? null : [.. tiers.Select(t => t.Tier).OrderBy(t => t.From)];
    }

    /// <summary>Ranges must not overlap, and prizes must not grow with rank (a better score never pays less).</summary>
    private static void CheckOrder(List<(int Line, PayoutTier Tier)> tiers, CsvColumns columns, ProblemLog problems)
    {
        var sorted = tiers.OrderBy(t => t.Tier.From).ToList();
        foreach (var (previous, next) in sorted.Zip(sorted.Skip(1)))
        {
            if (next.Tier.From <= previous.Tier.To)
            {
                problems.Add(next.Line, columns["from"].Number, $"ranks {next.Tier.From}-{next.Tier.To} overlap ranks {previous.Tier.From}-{previous.Tier.To} on line {previous.Line}");
            }
            else if (next.Tier.Prize > previous.Tier.Prize)
            {
                problems.Add(next.Line, columns["prize"].Number, FormattableString.Invariant(
                    $"ranks {next.Tier.From}-{next.Tier.To} pay {next.Tier.Prize}, more than the better ranks {previous.Tier.From}-{previous.Tier.To} on line {previous.Line} ({previous.Tier.Prize})"));
            }
        }
    }
}
