using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.SignIn;

/// <summary>
/// Signs a request in when it carries the install's access token as `Authorization: Bearer &lt;token&gt;`. A request
/// without one is anonymous (the authorization policy then refuses it); one with another token fails.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessToken accessToken, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private static readonly ClaimsPrincipal Owner = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(accessToken.Matches(header.Parameter)
            ? AuthenticateResult.Success(new AuthenticationTicket(Owner, SchemeName))
            : AuthenticateResult.Fail("The bearer token is not this install's access token."));
    }

    /// <summary>A 401 that says what to send, as ProblemDetails like every other refusal of the API.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        var outcome = await HandleAuthenticateOnceSafeAsync();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign-in required",
                Detail = (outcome.Failure is null ? "The request carries no access token. " : outcome.Failure.Message + " ")
                    + "Send the install's access token as `Authorization: Bearer <token>`; the AppHost prints it at start-up and "
                    + "keeps it in its user secrets as `Parameters:access-token`.",
            },
        });
    }
}
