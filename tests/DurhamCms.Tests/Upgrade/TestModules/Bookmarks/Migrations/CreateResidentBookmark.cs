using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks.Migrations;

public sealed class CreateResidentBookmark : ModuleMigration
{
    public override string Id => "2026-12-01-CreateResidentBookmark";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "ResidentBookmark",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ResidentBookmark", x => x.Id));
        migration.CreateIndex("IX_ResidentBookmark_ContentItemId", "ResidentBookmark", "ContentItemId");
    }
}
