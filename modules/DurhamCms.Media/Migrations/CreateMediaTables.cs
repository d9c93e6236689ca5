using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Media.Migrations;

/// <summary>The library (MediaItem), the database store's bytes (MediaContent) and which content uses which file (MediaUsageIndex).</summary>
public sealed class CreateMediaTables : ModuleMigration
{
    public override string Id => "2026-12-20-CreateMediaTables";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "MediaItem",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                Path = table.Column<string>(maxLength: 1024, nullable: false),
                Folder = table.Column<string>(maxLength: 1024, nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                Width = table.Column<int>(nullable: true),
                Height = table.Column<int>(nullable: true),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                OwnerId = table.Column<string>(maxLength: 450, nullable: true),
                OwnerName = table.Column<string>(maxLength: 256, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MediaItem", x => x.Id));
        migration.CreateIndex("IX_MediaItem_Path", "MediaItem", "Path", unique: true);
        migration.CreateIndex("IX_MediaItem_Folder", "MediaItem", "Folder");

        migration.CreateTable(
            name: "MediaContent",
            columns: table => new
            {
                Path = table.Column<string>(maxLength: 1056, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MediaContent", x => x.Path));

        migration.CreateTable(
            name: "MediaUsageIndex",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                Path = table.Column<string>(maxLength: 1024, nullable: false),
                DocumentId = table.Column<long>(nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                Published = table.Column<bool>(nullable: false),
                Latest = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MediaUsageIndex", x => x.Id);
                table.ForeignKey("FK_MediaUsageIndex_ContentItems_DocumentId", x => x.DocumentId, "ContentItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migration.CreateIndex("IX_MediaUsageIndex_DocumentId", "MediaUsageIndex", "DocumentId");
        migration.CreateIndex("IX_MediaUsageIndex_Path", "MediaUsageIndex", "Path");
    }
}
