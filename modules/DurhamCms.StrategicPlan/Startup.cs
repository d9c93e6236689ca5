using DurhamCms.Modules;

namespace DurhamCms.StrategicPlan;

/// <summary>The plan's dashboard. Its content types come from the Durham recipe.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.StrategicPlan";
}
