using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RaceOptimizer.ServiceDefaults;

namespace RaceOptimizer.Api.SignIn;

internal static class SignInExtensions
{
    /// <summary>
    /// Every endpoint requires the access token unless it says otherwise (health, and the OpenAPI document with its
    /// reference page, which describe the API and act on nothing); the document tells its readers how to send it.
    /// </summary>
    public static void AddSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(AccessToken.From(builder.Configuration));
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(BearerTokenHandler.SchemeName).RequireAuthenticatedUser().Build());
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityScheme>());
    }

    private sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerTokenHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The install's access token (the AppHost's `access-token` parameter).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, document)] = [] }];
            return Task.CompletedTask;
        }
    }
}
