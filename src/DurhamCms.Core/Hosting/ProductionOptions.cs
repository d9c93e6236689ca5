using Microsoft.Extensions.Configuration;

namespace DurhamCms.Hosting;

/// <summary>
/// How the site sits on the internet: its public address, the proxies it trusts and how its key ring
/// is kept. Read at start, because middleware and cookie names are fixed when the host is built.
/// </summary>
public sealed class ProductionOptions
{
    /// <summary>DurhamCms:PublicBaseUrl, e.g. "https://plan.durhamnc.gov"; empty: the request's own scheme and host.</summary>
    public string? PublicBaseUrl { get; set; }

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>The public address, when one is configured and well formed.</summary>
    public Uri? PublicUri =>
        Uri.TryCreate(PublicBaseUrl?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>The DurhamCms section's production settings; a malformed PublicBaseUrl stops the start, naming it.</summary>
    public static ProductionOptions Read(IConfiguration configuration)
    {
        var production = configuration.GetSection(DurhamCmsOptions.Section).Get<ProductionOptions>() ?? new ProductionOptions();
        if (!string.IsNullOrWhiteSpace(production.PublicBaseUrl) && production.PublicUri is null)
        {
            throw new InvalidOperationException($"DurhamCms:PublicBaseUrl: '{production.PublicBaseUrl}' is not an absolute http or https address such as https://plan.durhamnc.gov.");
        }

        return production;
    }

    /// <summary>True when residents reach the site over TLS: cookies are then Secure, prefixed __Host- and HSTS is sent.</summary>
    public bool IsHttps => PublicUri?.Scheme == Uri.UriSchemeHttps;
}

/// <summary>DurhamCms:ForwardedHeaders: whose X-Forwarded-For/Proto/Host the site believes.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the TLS proxies in front of the site, e.g. "10.0.0.5". None: X-Forwarded-* is ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>DurhamCms:DataProtection: encrypting the key ring (which signs sign-in and antiforgery cookies) at rest.</summary>
public sealed class DataProtectionSettings
{
    /// <summary>A PKCS#12 (.pfx) file with a private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Or the thumbprint of a certificate in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }
}
