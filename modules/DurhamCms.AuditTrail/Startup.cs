using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.AuditTrail;

/// <summary>An append-only record of content events, sign-ins and role changes, and the admin page that lists them.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.AuditTrail";

    public override string Name => "Audit trail";

    public override string Description => "An append-only record of content events, sign-ins and role changes, and the admin page that lists them.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.AuditTrail"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddAuditTrail();
}
