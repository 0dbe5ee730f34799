using RaceOptimizer.Core.Import;
using RaceOptimizer.Core.Optimization;
using RaceOptimizer.Core.Optimization.Contests;

namespace RaceOptimizer.Api.Jobs.Handlers;

/// <summary>A contest option as Core's contest: its payout table (the tiers given, then the CSV's) or its preset.</summary>
internal static class ContestOptionModel
{
    extension(ContestOption contest)
    {
        /// <summary>The table the contest pays by: the complete tiers given, then the CSV's; empty for a preset.</summary>
        public IReadOnlyList<PayoutTier> Tiers() =>
            [.. contest.Payouts.Where(t => t.IsComplete).Select(t => new PayoutTier(t.From!.Value, t.To!.Value, t.Prize!.Value)), .. contest.ReadCsv().Tiers];

        public ContestSettings ToSettings()
        {
            var fieldSize = contest.FieldSize ?? Math.Min(contest.Entries - 1, ContestSettings.DefaultFieldSize);
            var tiers = contest.Tiers();
            var preset = contest.Preset switch
            {
                ContestOption.DoubleUp => ContestPreset.DoubleUp,
                ContestOption.FiftyFifty => ContestPreset.FiftyFifty,
                _ => ContestPreset.TopHeavy,
            };
            return tiers.Count > 0
                ? new ContestSettings(new PayoutStructure(contest.Entries, contest.EntryFee, tiers), fieldSize)
                : new ContestSettings(PayoutStructure.Preset(preset, contest.Entries, contest.EntryFee), fieldSize);
        }

        /// <summary>The CSV's tiers, or its problems named by line and column.</summary>
        public (IReadOnlyList<PayoutTier> Tiers, string? Problem) ReadCsv()
        {
            if (string.IsNullOrWhiteSpace(contest.PayoutsCsv))
            {
                return ([], null);
            }

            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(contest.PayoutsCsv.Trim()));
            var read = PayoutFile.Read(stream, "payoutsCsv");
            return read.Succeeded
                ? (read.Value, null)
                : ([], string.Join(" ", read.Problems.Select(p => p.Column is { } c ? $"line {p.Line}, column {c}: {p.Message}." : $"line {p.Line}: {p.Message}.")));
        }
    }
}
