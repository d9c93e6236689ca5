using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.StrategicPlan.Migrations;

/// <summary>
/// Who reports on which initiative or key measure (<see cref="Reporting.ReportingAssignmentIndex"/>).
/// Items stored before have no ReportingPart, so the table starts empty and fills as they are saved.
/// </summary>
public sealed class CreateReportingAssignmentIndex : ModuleMigration
{
    private static readonly string[] UserAndLatest = ["UserId", "Latest"];

    public override string Id => "2026-12-20-CreateReportingAssignmentIndex";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "ReportingAssignmentIndex",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                ContentType = table.Column<string>(maxLength: 255, nullable: false),
                Role = table.Column<string>(maxLength: 16, nullable: false),
                UserId = table.Column<string>(maxLength: 255, nullable: false),
                DocumentId = table.Column<long>(nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                Published = table.Column<bool>(nullable: false),
                Latest = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportingAssignmentIndex", x => x.Id);
                table.ForeignKey("FK_ReportingAssignmentIndex_ContentItems_DocumentId", x => x.DocumentId, "ContentItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migration.CreateIndex("IX_ReportingAssignmentIndex_DocumentId", "ReportingAssignmentIndex", "DocumentId");
        migration.CreateIndex("IX_ReportingAssignmentIndex_UserId_Latest", "ReportingAssignmentIndex", UserAndLatest);
    }
}
