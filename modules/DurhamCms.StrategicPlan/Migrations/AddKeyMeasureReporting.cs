using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.StrategicPlan.Migrations;

/// <summary>
/// Each key measure's cadence and latest reported periods, kept on its index row so the priority
/// page and the admin's stale list judge "Update overdue" without reading every listed measure's
/// document. Rows stored before are filled in at the next start (the same backfill as their
/// standing); until then those measures' documents are read, so an upgraded site judges right from its first page.
/// </summary>
public sealed class AddKeyMeasureReporting : ModuleMigration
{
    public override string Id => "2026-12-24-AddKeyMeasureReporting";

    // Lengths as literals: a shipped migration must not change when the model's constants do.
    public override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("Frequency", "KeyMeasureIndex", maxLength: 16, nullable: true);
        migration.AddColumn<string>("LatestPeriods", "KeyMeasureIndex", maxLength: 64, nullable: true);
    }
}
