using DurhamCms.Modules;

namespace DurhamCms.Tests.Upgrade.TestModules.Broken;

/// <summary>A module whose second migration fails: the first must not stay behind either.</summary>
public sealed class BrokenStartup : ModuleStartup
{
    public override string Id => "Test.Broken";
}
