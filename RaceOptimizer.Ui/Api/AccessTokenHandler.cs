using System.Net.Http.Headers;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Ui.Api;

/// <summary>
/// Signs every call to the API in with the install's access token. The token stays on the UI's server: the browser
/// holds only its sign-in cookie and never talks to the API.
/// </summary>
public sealed class AccessTokenHandler(AccessToken accessToken) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
