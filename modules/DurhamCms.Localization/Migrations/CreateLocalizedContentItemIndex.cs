using DurhamCms.Data.Migrations;
using DurhamCms.Localization.Indexes;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Localization.Migrations;

/// <summary>
/// The localization index. Items imported before this module ran keep their LocalizationPart in
/// their documents; they are indexed when next written (a site of release 1 had no translations).
/// </summary>
public sealed class CreateLocalizedContentItemIndex : ModuleMigration
{
    public override string Id => "2026-12-20-CreateLocalizedContentItemIndex";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "LocalizedContentItemIndex",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                LocalizationSet = table.Column<string>(maxLength: LocalizedContentItemIndexConfiguration.MaxSetLength, nullable: false),
                Culture = table.Column<string>(maxLength: LocalizedContentItemIndexConfiguration.MaxCultureLength, nullable: false),
                NormalizedCulture = table.Column<string>(maxLength: LocalizedContentItemIndexConfiguration.MaxCultureLength, nullable: false),
                DocumentId = table.Column<long>(nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: false),
                Published = table.Column<bool>(nullable: false),
                Latest = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LocalizedContentItemIndex", x => x.Id);
                table.ForeignKey(
                    name: "FK_LocalizedContentItemIndex_ContentItems_DocumentId",
                    column: x => x.DocumentId,
                    principalTable: "ContentItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migration.CreateIndex("IX_LocalizedContentItemIndex_DocumentId", "LocalizedContentItemIndex", "DocumentId");
        migration.CreateIndex("IX_LocalizedContentItemIndex_LocalizationSet_NormalizedCulture", "LocalizedContentItemIndex", ["LocalizationSet", "NormalizedCulture"]);
    }
}
