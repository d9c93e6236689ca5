using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.StrategicPlan.Migrations;

/// <summary>Editors' unlocks of published measure periods (<see cref="Reporting.PeriodUnlockRecord"/>).</summary>
public sealed class CreatePeriodUnlockRecord : ModuleMigration
{
    private static readonly string[] ItemAndRelocked = ["ContentItemId", "RelockedUtc"];

    public override string Id => "2026-12-22-CreatePeriodUnlockRecord";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "PeriodUnlockRecord",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                Period = table.Column<string>(maxLength: 16, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                UnlockedBy = table.Column<string>(maxLength: 255, nullable: false),
                UnlockedUtc = table.Column<DateTime>(nullable: false),
                RelockedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PeriodUnlockRecord", x => x.Id));
        migration.CreateIndex("IX_PeriodUnlockRecord_ContentItemId_RelockedUtc", "PeriodUnlockRecord", ItemAndRelocked);
    }
}
