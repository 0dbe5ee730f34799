using System.Runtime.CompilerServices;

namespace RaceOptimizer.Core.Random;

/// <summary>
/// A counter-based random stream: value n of stream (seed, stream) is a pure function of the three, so any thread (or a
/// GPU thread mirroring this code) that knows them draws the same numbers, in any order. The mixing is SplitMix64's
/// finalizer over a Weyl sequence whose start is itself hashed from (seed, stream): only 64-bit adds, multiplies, shifts
/// and xors, which every device computes alike.
/// </summary>
public struct CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    // 2^-53: a uniform from the top 53 bits of a draw.
    private const double UnitFrom53 = 1.0 / (1UL << 53);

    private readonly ulong key;
    private ulong counter;

    public CounterRandom(ulong seed, ulong stream)
    {
        key = Mix(Mix(seed ^ 0x5851F42D4C957F2DUL) + (stream * Golden));
        counter = 0;
    }

    /// <summary>How many draws this stream has handed out.</summary>
    public readonly ulong Counter => counter;

    /// <summary>The value a stream gives at a position, without a stream.</summary>
    public static ulong At(ulong seed, ulong stream, ulong position) => new CounterRandom(seed, stream).Skip(position).NextUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => Mix(key + (++counter * Golden));

    /// <summary>Uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * UnitFrom53;

    /// <summary>Uniform integer in [0, count), by multiply-shift (no modulo bias worth the name for small counts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int count) => (int)(((NextUInt64() >> 32) * (ulong)count) >> 32);

    /// <summary>A standard normal variate from the quantile table (see <see cref="NormalDistribution.Table"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal() => NormalDistribution.TableValues[NextNormalIndex()];

    /// <summary>
    /// The table entry <see cref="NextNormal"/> would return: code that cannot reach the managed table (a GPU kernel) looks
    /// it up in its own copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextNormalIndex() => NormalDistribution.TableIndex(NextUInt64());

    private CounterRandom Skip(ulong positions)
    {
        counter += positions;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
