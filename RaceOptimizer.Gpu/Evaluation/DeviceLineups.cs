using RaceOptimizer.Core.Optimization;

namespace RaceOptimizer.Gpu.Evaluation;

/// <summary>How the lineup kernels read points and lineups: flat arrays of row indices into one driver-major matrix.</summary>
internal static class DeviceLineups
{
    /// <summary>The matrix driver by driver, then the row of zeros that pads short lineups.</summary>
    public static int[] Rows(SimulatedPoints points)
    {
        var rows = new int[(points.Drivers + 1) * points.Simulations];
        for (var driver = 0; driver < points.Drivers; driver++)
        {
            points.Of(driver).CopyTo(rows.AsSpan(driver * points.Simulations));
        }

        return rows;
    }

    /// <summary>The most drivers any lineup holds: every lineup is read as that many rows.</summary>
    public static int Size(IReadOnlyList<ulong> lineups) => lineups.Count == 0 ? 0 : lineups.Max(l => System.Numerics.BitOperations.PopCount(l));

    /// <summary>Each lineup's drivers as <paramref name="size"/> row indices, short lineups padded with <paramref name="zeroRow"/>.</summary>
    public static int[] Members(IReadOnlyList<ulong> lineups, int size, int zeroRow)
    {
        var members = new int[lineups.Count * size];
        for (var lineup = 0; lineup < lineups.Count; lineup++)
        {
            var member = 0;
            foreach (var driver in LineupSpace.Drivers(lineups[lineup]))
            {
                members[(lineup * size) + member++] = driver;
            }

            members.AsSpan((lineup * size) + member, size - member).Fill(zeroRow);
        }

        return members;
    }
}
