using DurhamCms.Data.Migrations;
using DurhamCms.Modules;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Tests.Upgrade.TestModules.Twins
{
    /// <summary>A module with two migrations under one id: refused before anything runs.</summary>
    public sealed class TwinsStartup : ModuleStartup
    {
        public override string Id => "Test.Twins";
    }
}

namespace DurhamCms.Tests.Upgrade.TestModules.Twins.Migrations
{
    public sealed class First : ModuleMigration
    {
        public override string Id => "2026-12-01-Same";

        public override void Up(MigrationBuilder migration) => migration.Sql("SELECT 1");
    }

    public sealed class Second : ModuleMigration
    {
        public override string Id => "2026-12-01-Same";

        public override void Up(MigrationBuilder migration) => migration.Sql("SELECT 2");
    }
}
