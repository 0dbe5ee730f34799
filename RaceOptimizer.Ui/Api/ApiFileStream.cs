namespace RaceOptimizer.Ui.Api;

/// <summary>
/// A file the API is still sending: its body is read as it arrives and passed on, never held whole (a backup of a long
/// history runs to hundreds of megabytes). Disposing it ends the API's response.
/// </summary>
public sealed class ApiFileStream(HttpResponseMessage response, Stream content, string contentType, string fileName) : IAsyncDisposable
{
    public string ContentType => contentType;

    public string FileName => fileName;

    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken) => content.CopyToAsync(destination, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await content.DisposeAsync();
        response.Dispose();
    }
}
