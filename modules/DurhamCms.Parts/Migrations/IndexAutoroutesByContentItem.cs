using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Parts.Migrations;

/// <summary>
/// Routes looked up by item: every plan page asks the paths of the items it links to, and the
/// priority page joins each initiative to its route. Without the index SQLite built a temporary
/// one over every route at each such query (all 50,000 on a city-sized plan).
/// </summary>
public sealed class IndexAutoroutesByContentItem : ModuleMigration
{
    public override string Id => "2026-12-24-IndexAutoroutesByContentItem";

    public override void Up(MigrationBuilder migration) =>
        migration.CreateIndex("IX_AutorouteIndex_ContentItemId_Published", "AutorouteIndex", ["ContentItemId", "Published"]);
}
