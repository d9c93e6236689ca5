using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Workflows.Migrations;

/// <summary>
/// The editorial state row records the version an approval was given to (and its stamp) and the
/// version a reviewer handed back, instead of deriving them from the last step's version.
/// </summary>
public sealed class RecordApprovedAndReviewedVersions : ModuleMigration
{
    public override string Id => "2026-12-10-RecordApprovedAndReviewedVersions";

    public override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("ApprovedContentItemVersionId", "EditorialStateRecord", maxLength: 26, nullable: true);
        migration.AddColumn<long>("ApprovedVersionStamp", "EditorialStateRecord", nullable: true);
        migration.AddColumn<string>("ReviewedContentItemVersionId", "EditorialStateRecord", maxLength: 26, nullable: true);

        // Rows of release 1: an item standing approved was approved on the version of its last
        // step (any change since would have withdrawn it), so that version is its approval; its
        // stamp was not recorded, and the version id alone pins it as before. "Approved" is the
        // default and the Durham recipe's name for the state.
        migration.Sql("""
            UPDATE "EditorialStateRecord" SET "ApprovedContentItemVersionId" = "ContentItemVersionId"
            WHERE "State" = 'Approved'
            """);

        // An item whose last step withdrew it from its approval must not be published without a
        // new review: it keeps an approval whose stamp (0) matches no stored version.
        migration.Sql("""
            UPDATE "EditorialStateRecord" SET "ApprovedContentItemVersionId" = "ContentItemVersionId", "ApprovedVersionStamp" = 0
            WHERE EXISTS (
                SELECT 1 FROM "EditorialTransitionRecord" t
                WHERE t."ContentItemId" = "EditorialStateRecord"."ContentItemId"
                  AND t."Transition" = 'Withdrawn' AND t."FromState" = 'Approved'
                  AND t."Id" = (SELECT MAX(m."Id") FROM "EditorialTransitionRecord" m WHERE m."ContentItemId" = t."ContentItemId"))
            """);
    }
}
