using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Data.Migrations.Kernel;

/// <summary>
/// The versions of a type with their dates, readable from the index alone: "what was published
/// since" (the home page's initiatives updated in the last quarter) then reads no documents.
/// Without it each version's row, with its whole JSON, was read to learn its date.
/// </summary>
public sealed class IndexContentItemsByTypeAndDates : ModuleMigration
{
    private static readonly string[] Columns = ["ContentType", "Published", "PublishedUtc", "ModifiedUtc"];

    public override string Id => "2026-12-23-IndexContentItemsByTypeAndDates";

    public override void Up(MigrationBuilder migration) =>
        migration.CreateIndex("IX_ContentItems_ContentType_Published_PublishedUtc_ModifiedUtc", "ContentItems", Columns);
}
