using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Workflows.Migrations;

/// <summary>
/// Outbox rows name the event they tell about (unique, so no event is emailed twice across nodes
/// and retries) and carry the List-Unsubscribe headers of resident email. Existing rows keep NULLs.
/// </summary>
public sealed class AddOutboxDeduplicationAndListUnsubscribe : ModuleMigration
{
    public override string Id => "2026-12-30-AddOutboxDeduplicationAndListUnsubscribe";

    public override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("DeduplicationKey", "OutboxMessageRecord", maxLength: 200, nullable: true);
        migration.AddColumn<string>("ListUnsubscribe", "OutboxMessageRecord", maxLength: 2000, nullable: true);
        migration.AddColumn<string>("ListUnsubscribePost", "OutboxMessageRecord", maxLength: 100, nullable: true);
        migration.CreateIndex("IX_OutboxMessageRecord_DeduplicationKey", "OutboxMessageRecord", "DeduplicationKey", unique: true);
    }
}
