using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Workflows;

public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Workflows";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
