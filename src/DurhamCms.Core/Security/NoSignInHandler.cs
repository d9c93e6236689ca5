using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Security;

/// <summary>
/// The authentication of a site without the Users module: nobody is signed in, and a page that
/// needs someone is not there (404), since no one could sign in to see it. Without a scheme at
/// all, ASP.NET answers such a page with an exception. The Users module's cookie replaces it.
/// </summary>
internal sealed class NoSignInHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DurhamCms.NoSignIn";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
