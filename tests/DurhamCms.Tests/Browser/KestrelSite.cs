using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Browser;

public static class KestrelSite
{
    /// <summary>Starts the site on a real Kestrel port (a browser cannot reach the in-memory test server).</summary>
    public static string StartOnKestrel(this TestSite site)
    {
        site.UseKestrel(0);
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
