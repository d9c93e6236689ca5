using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.StrategicPlan.Migrations;

/// <summary>The reminders sent, one per item, period and rule (<see cref="Reporting.ReportingReminderRecord"/>).</summary>
public sealed class CreateReportingReminderRecord : ModuleMigration
{
    private static readonly string[] ItemPeriodRule = ["ContentItemId", "Period", "Rule"];

    public override string Id => "2026-12-21-CreateReportingReminderRecord";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "ReportingReminderRecord",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                Period = table.Column<string>(maxLength: 16, nullable: false),
                Rule = table.Column<string>(maxLength: 32, nullable: false),
                SentUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportingReminderRecord", x => x.Id));
        migration.CreateIndex("IX_ReportingReminderRecord_ContentItemId_Period_Rule", "ReportingReminderRecord", ItemPeriodRule, unique: true);
    }
}
