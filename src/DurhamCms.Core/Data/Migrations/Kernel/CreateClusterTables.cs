using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Data.Migrations.Kernel;

/// <summary>
/// What several nodes on one database share (issue 11): the data-protection key ring (the table
/// ASP.NET Core's EF key store reads), the cluster bus's signals (read back by a node whose
/// LISTEN connection dropped) and each node's state. A kernel migration rather than an EF one:
/// the EF <c>Initial</c> is the frozen release-1 baseline, and the upgrade tests hold it so.
/// </summary>
public sealed class CreateClusterTables : ModuleMigration
{
    public override string Id => "2026-12-01-CreateClusterTables";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migration.CreateTable(
            name: "ClusterSignals",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                Channel = table.Column<string>(maxLength: 100, nullable: false),
                Payload = table.Column<string>(nullable: false),
                Origin = table.Column<string>(maxLength: 100, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ClusterSignals", x => x.Id));
        migration.CreateIndex("IX_ClusterSignals_CreatedUtc", "ClusterSignals", "CreatedUtc");

        migration.CreateTable(
            name: "ClusterNodes",
            columns: table => new
            {
                NodeName = table.Column<string>(maxLength: 100, nullable: false),
                SeenUtc = table.Column<DateTime>(nullable: false),
                SearchTaskId = table.Column<long>(nullable: false),
                SearchLagSeconds = table.Column<double>(nullable: false),
                SearchError = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ClusterNodes", x => x.NodeName));
    }
}
