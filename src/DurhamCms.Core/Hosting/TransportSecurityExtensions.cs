using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Hosting;

/// <summary>
/// The site behind a TLS proxy: which forwarded headers it believes, which Host names it answers,
/// and how its cookies travel. Driven by <see cref="ProductionOptions"/>.
/// </summary>
public static class TransportSecurityExtensions
{
    /// <summary>The prefix browsers hold to Secure, Path=/ and no Domain: a sibling host cannot plant or widen the cookie.</summary>
    public const string HostPrefix = "__Host-";
    public const string SignInCookie = ".DurhamCms.SignIn";
    public const string AntiforgeryCookie = ".DurhamCms.Antiforgery";

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, ProductionOptions production)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        // Parsed now, so a bad address stops the start with its setting named, not the first request.
        var (proxies, networks) = ParseProxies(production.ForwardedHeaders);
        services.Configure<ForwardedHeadersOptions>(o => ConfigureForwardedHeaders(o, proxies, networks));

        // Registered after the web host's own PostConfigure, which fills AllowedHosts from configuration ("*").
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (production.PublicUri is { } uri && (o.AllowedHosts.Count == 0 || o.AllowedHosts.All(h => h == "*")))
            {
                o.AllowedHosts = [uri.Host];
            }
        });

        var https = production.IsHttps;
        // The sign-in cookie follows the same rules (Users module, SignInCookieSetup), named SignInCookie.
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = (https ? HostPrefix : "") + AntiforgeryCookie;
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Forwarded headers first (so the rest sees the real scheme and client), then the headers every response carries.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app, ProductionOptions production)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>(production.IsHttps);
        return app;
    }

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) ParseProxies(ForwardedHeadersSettings settings)
    {
        var proxies = settings.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => IPAddress.TryParse(p.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"DurhamCms:ForwardedHeaders:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = settings.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"DurhamCms:ForwardedHeaders:KnownNetworks: '{n}' is not a network in CIDR form (e.g. 10.0.0.0/24).")).ToList();
        return (proxies, networks);
    }

    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, List<IPAddress> proxies, List<System.Net.IPNetwork> networks)
    {
        // ASP.NET trusts loopback by default; here nobody is trusted unless configured, so a direct
        // client can never claim to be https or another host. With none configured, X-Forwarded-* is ignored.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        proxies.ForEach(options.KnownProxies.Add);
        networks.ForEach(options.KnownIPNetworks.Add);
        options.ForwardedHeaders = proxies.Count + networks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
    }
}
