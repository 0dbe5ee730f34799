using System.Net.Sockets;
using System.Text;
using RaceOptimizer.Api.Uploads;
using RaceOptimizer.Testing;

namespace RaceOptimizer.Api.Tests;

/// <summary>
/// Through a real Kestrel, whose own limit on a request body (about 28.6 MB) would answer a bare 413: the upload
/// endpoints raise it so that an oversized file is refused by name, and beyond their raised limit still answer a ProblemDetails.
/// </summary>
public sealed class UploadLimitTests(RedisServer redis) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly TestApi api = new(redis);

    [Fact]
    public async Task A_file_over_Kestrels_default_limit_reaches_the_check_that_names_it()
    {
        using var client = KestrelClient();

        using var response = await client.PostAsync("/api/slates", new UploadForm().File("salaries", "big.csv", new byte[40 * 1024 * 1024]), Cancellation);

        var problem = await response.ProblemAsync();
        Assert.Equal("the file is 40 MB, over the 5 MB limit for an uploaded file: it was not read", Assert.Single(problem.Problems!).Message);
    }

    [Fact]
    public async Task An_upload_over_the_raised_limit_is_refused_with_the_limit_named()
    {
        using var client = KestrelClient();
        // Kestrel refuses a body by its declared length at the first read, then closes the connection: HttpClient, still
        // sending, would see only the reset. A raw request that declares 1 MB over the limit and sends none of it reads the answer.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port, Cancellation);
        await using var stream = tcp.GetStream();
        var request = $"POST /api/results/score?site=dk HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TestAccessToken.Value}\r\n"
            + $"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {Upload.RequestLimitBytes + (1024 * 1024)}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Cancellation);

        var answer = await new StreamReader(stream).ReadToEndAsync(Cancellation);

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("The upload is over the 80 MB limit of a whole request", answer, StringComparison.Ordinal);
    }

    private HttpClient KestrelClient()
    {
        var host = api.Start();
        host.UseKestrel(0);
        host.StartServer();
        return host.CreateClient();
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
