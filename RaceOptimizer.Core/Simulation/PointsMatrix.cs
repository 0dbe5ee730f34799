using System.Runtime.InteropServices;
using RaceOptimizer.Core.Scoring;
using RaceOptimizer.Core.Slates;

namespace RaceOptimizer.Core.Simulation;

/// <summary>
/// Every simulation's points for every driver under one site's scoring, in hundredths, row by row (simulation-major):
/// what tournament objectives score lineups against, one simulated race at a time.
/// </summary>
public sealed class PointsMatrix
{
    private readonly int[] hundredths;

    internal PointsMatrix(Site site, int simulations, int drivers)
    {
        (Site, Simulations, Drivers) = (site, simulations, drivers);
        hundredths = new int[checked(simulations * drivers)];
    }

    public Site Site { get; }

    public int Simulations { get; }

    /// <summary>Columns, in the setup's driver order.</summary>
    public int Drivers { get; }

    public double this[int simulation, int driver] => hundredths[(simulation * Drivers) + driver] / (double)ScoringTable.Scale;

    /// <summary>One simulation's points per driver, in hundredths.</summary>
    public ReadOnlySpan<int> Row(int simulation) => hundredths.AsSpan(simulation * Drivers, Drivers);

    internal void Write(int simulation, ReadOnlySpan<int> points) => points[..Drivers].CopyTo(hundredths.AsSpan(simulation * Drivers, Drivers));

    /// <summary>Simulations <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, row by row: for a device to copy a batch into in one go.</summary>
    internal Span<int> Rows(int first, int count) => hundredths.AsSpan(first * Drivers, count * Drivers);

    /// <summary>A matrix of the given columns of this one, in their order; a column of -1 is a driver who scored 0 in every simulation.</summary>
    internal PointsMatrix Columns(IReadOnlyList<int> columns)
    {
        var picked = new PointsMatrix(Site, Simulations, columns.Count);
        for (var simulation = 0; simulation < Simulations; simulation++)
        {
            var from = Row(simulation);
            var to = picked.hundredths.AsSpan(simulation * columns.Count, columns.Count);
            for (var driver = 0; driver < columns.Count; driver++)
            {
                to[driver] = columns[driver] < 0 ? 0 : from[columns[driver]];
            }
        }

        return picked;
    }

    private const int Magic = 0x4D50_4F52; // "ROPM" read little-endian
    private const int FormatVersion = 1;

    /// <summary>
    /// Writes the matrix as a small header and then the hundredths as little-endian 32-bit integers, so a job's
    /// simulations can be kept beside it for the optimizer and read back exactly.
    /// </summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write((int)Site);
        writer.Write(Simulations);
        writer.Write(Drivers);
        writer.Write(MemoryMarshal.AsBytes(hundredths.AsSpan()));
    }

    public static PointsMatrix ReadFrom(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a points matrix of this version of RaceOptimizer.");
        }

        var matrix = new PointsMatrix((Site)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        stream.ReadExactly(MemoryMarshal.AsBytes(matrix.hundredths.AsSpan()));
        return matrix;
    }
}
