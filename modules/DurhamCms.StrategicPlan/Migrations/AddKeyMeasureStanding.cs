using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.StrategicPlan.Migrations;

/// <summary>
/// Where each key measure stands against its target, kept on its index row so the home and
/// priority pages count "on target" with one grouped query instead of reading every measure's
/// series. Rows stored before stay null until the measure is next saved; the dashboard reads
/// those few measures' documents, so an upgraded site counts right from its first page.
/// </summary>
public sealed class AddKeyMeasureStanding : ModuleMigration
{
    public override string Id => "2026-12-23-AddKeyMeasureStanding";

    public override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("Standing", "KeyMeasureIndex", maxLength: Indexes.KeyMeasureIndexConfiguration.MaxStandingLength, nullable: true);
}
