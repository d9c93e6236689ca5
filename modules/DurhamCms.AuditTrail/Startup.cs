using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.AuditTrail;

public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.AuditTrail";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.AuditTrail"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
