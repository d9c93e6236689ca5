using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Subscriptions.Migrations;

/// <summary>Residents' email subscriptions (<see cref="Models.SubscriptionRecord"/>).</summary>
public sealed class CreateSubscriptionRecord : ModuleMigration
{
    private static readonly string[] EmailScopeItem = ["Email", "Scope", "ContentItemId"];
    private static readonly string[] EmailScope = ["Email", "Scope"];

    public override string Id => "2026-12-31-CreateSubscriptionRecord";

    public override void Up(MigrationBuilder migration)
    {
        migration.CreateTable(
            name: "SubscriptionRecord",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Scope = table.Column<string>(maxLength: 16, nullable: false),
                ContentItemId = table.Column<string>(maxLength: 26, nullable: true),
                Culture = table.Column<string>(maxLength: 8, nullable: false),
                Frequency = table.Column<string>(maxLength: 16, nullable: false),
                ConfirmedUtc = table.Column<DateTime>(nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ConfirmExpiresUtc = table.Column<DateTime>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                LastDigestUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SubscriptionRecord", x => x.Id));
        migration.CreateIndex("IX_SubscriptionRecord_Email_Scope_ContentItemId", "SubscriptionRecord", EmailScopeItem, unique: true);
        // Both databases treat NULLs as distinct in a unique index, so the whole-plan row (no item)
        // needs its own partial index to stay one per address.
        migration.CreateIndex("IX_SubscriptionRecord_Email_Scope_Plan", "SubscriptionRecord", EmailScope, unique: true, filter: "\"ContentItemId\" IS NULL");
        migration.CreateIndex("IX_SubscriptionRecord_TokenHash", "SubscriptionRecord", "TokenHash", unique: true);
    }
}
