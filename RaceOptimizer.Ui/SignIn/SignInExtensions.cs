using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace RaceOptimizer.Ui.SignIn;

/// <summary>
/// A person signs in once with the install's access token, through the link the AppHost prints (`/login?t=…`), as
/// Jupyter and the Aspire dashboard do; a cookie keeps them signed in. Every page, download and the Blazor circuit
/// require it.
/// </summary>
public static class SignInExtensions
{
    public const string LoginPath = "/login";

    /// <summary>The query parameter of the sign-in link that carries the token.</summary>
    public const string TokenParameter = "t";

    /// <summary>Who is signed in: the owner of the install, the only user a local tool has.</summary>
    public static ClaimsPrincipal Owner { get; } =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme));

    public static TBuilder AddSignIn<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = LoginPath;
                options.Cookie.Name = "RaceOptimizer.SignIn";
                options.Cookie.HttpOnly = true;
                // Lax, not Strict: the sign-in link is opened from the console or the dashboard, another site, and the
                // redirect that follows it must carry the new cookie.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.SlidingExpiration = true;
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// `POST /logout` ends the cookie and shows the sign-in page. A form post with the antiforgery token, so another site
    /// cannot sign the person out.
    /// </summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(LogoutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            await antiforgery.ValidateRequestAsync(context);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(LoginPath);
        }).ExcludeFromDescription();
        return app;
    }

    public const string LogoutPath = "/logout";

    /// <summary>Where to go after signing in: only a path of this site, never an address a crafted link names.</summary>
    public static string LocalReturnPath(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] or "/" ? returnUrl : "/";
}
