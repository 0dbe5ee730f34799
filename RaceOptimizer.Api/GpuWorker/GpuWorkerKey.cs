namespace RaceOptimizer.Api.GpuWorker;

/// <summary>
/// A worker API key and the origin (scheme, host and port) it was given for. It is sent to that origin and to no other:
/// a URL changed in settings must not carry away the key of the worker it replaced.
/// </summary>
public sealed record GpuWorkerKey(string Value, string Origin)
{
    public static GpuWorkerKey For(string value, Uri address) => new(value, OriginOf(address));

    /// <summary>`scheme://host[:port]`, the port left out when it is the scheme's default; Uri lower-cases scheme and host.</summary>
    public static string OriginOf(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.GetLeftPart(UriPartial.Authority);
    }

    public bool IsFor(Uri address) => string.Equals(Origin, OriginOf(address), StringComparison.OrdinalIgnoreCase);

    /// <summary>Never the value: a key that reaches a log or an exception message names only where it belongs.</summary>
    public override string ToString() => $"the key for {Origin}";
}
