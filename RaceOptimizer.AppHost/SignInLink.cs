using Microsoft.Extensions.Logging;

namespace RaceOptimizer.AppHost;

/// <summary>
/// The UI's sign-in link, `…/login?t=&lt;access token&gt;`: shown as a URL of the `ui` resource in the dashboard (which has
/// its own sign-in) and printed once the UI is ready, as Jupyter prints its link.
/// </summary>
internal static class SignInLink
{
    private const string LoginPath = "/login?t=";

    public static IResourceBuilder<ProjectResource> WithSignInLink(
        this IResourceBuilder<ProjectResource> ui, IResourceBuilder<ParameterResource> accessToken, ILogger log)
    {
        ui.WithUrls(async context =>
        {
            if (context.GetEndpoint("http") is { } endpoint)
            {
                context.Urls.Add(new ResourceUrlAnnotation { Url = LinkOf(endpoint.Url, await accessToken.Resource.GetValueAsync(context.CancellationToken)), DisplayText = "Sign in" });
            }
        });

        ui.OnResourceReady(async (resource, _, cancellationToken) =>
        {
            log.LogInformation("Sign in to RaceOptimizer: {SignInLink}", LinkOf(ui.GetEndpoint("http").Url, await accessToken.Resource.GetValueAsync(cancellationToken)));
        });
        return ui;
    }

    private static string LinkOf(string uiAddress, string? token) => uiAddress + LoginPath + Uri.EscapeDataString(token ?? "");
}
