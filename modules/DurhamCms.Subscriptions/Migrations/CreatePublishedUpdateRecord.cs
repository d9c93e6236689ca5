using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Subscriptions.Migrations;

/// <summary>The events subscribers are emailed about (<see cref="Sending.PublishedUpdateRecord"/>).</summary>
public sealed class CreatePublishedUpdateRecord : ModuleMigration
{
    public override string Id => "2027-01-02-CreatePublishedUpdateRecord";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "PublishedUpdateRecord",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                ContentItemVersionId = table.Column<string>(maxLength: 26, nullable: false),
                InitiativeContentItemId = table.Column<string>(maxLength: 26, nullable: true),
                PriorityContentItemId = table.Column<string>(maxLength: 26, nullable: true),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Period = table.Column<string>(maxLength: 32, nullable: true),
                Status = table.Column<string>(maxLength: 64, nullable: true),
                PublishedUtc = table.Column<DateTime>(nullable: false),
                FannedOutUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PublishedUpdateRecord", x => x.Id));
        migration.CreateIndex("IX_PublishedUpdateRecord_ContentItemVersionId", "PublishedUpdateRecord", "ContentItemVersionId", unique: true);
        migration.CreateIndex("IX_PublishedUpdateRecord_PublishedUtc", "PublishedUpdateRecord", "PublishedUtc");
        migration.CreateIndex("IX_PublishedUpdateRecord_FannedOutUtc", "PublishedUpdateRecord", "FannedOutUtc");
    }
}
