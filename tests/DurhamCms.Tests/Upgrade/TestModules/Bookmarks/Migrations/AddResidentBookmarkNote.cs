using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks.Migrations;

/// <summary>A later change to the module's table: a column added to rows that may already exist.</summary>
public sealed class AddResidentBookmarkNote : ModuleMigration
{
    public override string Id => "2026-12-02-AddResidentBookmarkNote";

    public override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("Note", "ResidentBookmark", nullable: true);
}
