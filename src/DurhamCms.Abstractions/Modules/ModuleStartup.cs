using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Modules;

/// <summary>
/// A module's manifest and its one entry point, as Orchard's Manifest.cs and Startup.cs together:
/// who it is, which modules it needs, and what it adds to the services and to the endpoints. The
/// host finds every ModuleStartup beside it and calls them in dependency order (a module after
/// every module it depends on; ties by id), so a module's handlers run after those of the modules
/// it builds on.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>The module's feature id, e.g. "DurhamCms.Contents".</summary>
    public abstract string Id { get; }

    /// <summary>A short human name, e.g. "Contents".</summary>
    public virtual string Name => Id;

    /// <summary>What the module adds, in a sentence.</summary>
    public virtual string Description => "";

    /// <summary>Ids of the modules this one needs; the host refuses to start without them.</summary>
    public virtual IReadOnlyCollection<string> Dependencies => [];

    /// <summary>
    /// Orchard feature ids this module stands in for, so a <c>Feature</c> recipe step written for
    /// Orchard ("OrchardCore.Title") is understood.
    /// </summary>
    public virtual IReadOnlyCollection<string> OrchardFeatures => [];

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Middleware that must run before endpoints (rare).</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>
    /// Catch-all routes (Contents' display by path), mapped by the host after every module's
    /// endpoints and controllers, so that they only answer what nothing else claims.
    /// </summary>
    public virtual void MapFallbackEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
