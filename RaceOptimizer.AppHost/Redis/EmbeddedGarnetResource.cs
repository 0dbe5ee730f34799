namespace RaceOptimizer.AppHost.Redis;

/// <summary>A Garnet server hosted inside the AppHost process, for machines with neither a container runtime nor redis-server.</summary>
public sealed class EmbeddedGarnetResource(string name, int port) : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"localhost:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
