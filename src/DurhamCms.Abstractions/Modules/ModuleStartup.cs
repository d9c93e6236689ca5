using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Modules;

/// <summary>
/// A module's one entry point: what it adds to the services and to the endpoints. The host
/// finds every ModuleStartup in the assemblies it references and calls them in Order.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>The module's feature id, e.g. "DurhamCms.Contents".</summary>
    public abstract string Id { get; }

    /// <summary>
    /// Orchard feature ids this module stands in for, so a <c>Feature</c> recipe step written for
    /// Orchard ("OrchardCore.Title") is understood.
    /// </summary>
    public virtual IReadOnlyCollection<string> OrchardFeatures => [];

    /// <summary>Lower runs first; the fallback route of Contents runs last.</summary>
    public virtual int Order => 0;

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
}
