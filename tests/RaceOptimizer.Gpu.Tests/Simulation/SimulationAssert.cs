using RaceOptimizer.Core.Simulation;

namespace RaceOptimizer.Gpu.Tests.Simulation;

internal static class SimulationAssert
{
    /// <summary>
    /// The whole result the same: every driver's summary (points distributions from the histograms, finishing odds),
    /// the run's means and flags, and the points matrices byte for byte as they travel to the API, or both absent.
    /// </summary>
    public static void Equal(SimulationResult expected, SimulationResult actual)
    {
        Assert.Equal(expected.Drivers, actual.Drivers);
        Assert.Equal(
            (expected.Simulations, expected.Seed, expected.StartsDrawn, expected.MeanLaps, expected.MeanCautions),
            (actual.Simulations, actual.Seed, actual.StartsDrawn, actual.MeanLaps, actual.MeanCautions));
        Assert.Equal(Bytes(expected.DraftKings), Bytes(actual.DraftKings));
        Assert.Equal(Bytes(expected.FanDuel), Bytes(actual.FanDuel));
    }

    private static byte[]? Bytes(PointsMatrix? matrix)
    {
        if (matrix is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        matrix.WriteTo(stream);
        return stream.ToArray();
    }
}
