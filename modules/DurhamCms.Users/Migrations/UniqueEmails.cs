using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Users.Migrations;

/// <summary>
/// One email, one user: release 1's EmailIndex on AspNetUsers.NormalizedEmail becomes unique, so
/// signing in by email names one account. Users without an email stay allowed: both SQLite and
/// PostgreSQL let NULLs repeat in a unique index. Users already sharing an email stop the upgrade,
/// named, until an administrator gives each their own.
/// </summary>
public sealed class UniqueEmails : ModuleMigration
{
    public override string Id => "2026-12-01-UniqueEmails";

    public override async Task<IReadOnlyList<string>> CheckAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var sharing = await database.SqlQueryRaw<UserEmail>(
            """
            SELECT "UserName", "Email", "NormalizedEmail" FROM "AspNetUsers"
            WHERE "NormalizedEmail" IN (
                SELECT "NormalizedEmail" FROM "AspNetUsers" WHERE "NormalizedEmail" IS NOT NULL
                GROUP BY "NormalizedEmail" HAVING COUNT(*) > 1)
            ORDER BY "NormalizedEmail", "UserName"
            """).ToListAsync(cancellationToken);
        return sharing.GroupBy(u => u.NormalizedEmail, StringComparer.Ordinal)
            .Select(g => $"Users {Names(g.Select(u => u.UserName ?? "(no name)").ToList())} share the email {g.First().Email}; give each a different email, then start again.")
            .ToList();
    }

    public override void Up(MigrationBuilder migration)
    {
        migration.DropIndex(name: "EmailIndex", table: "AspNetUsers");
        migration.CreateIndex(name: "EmailIndex", table: "AspNetUsers", column: "NormalizedEmail", unique: true);
    }

    private static string Names(List<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names[..^1]) + " and " + names[^1];

    private sealed class UserEmail
    {
        public string? UserName { get; set; }
        public string? Email { get; set; }
        public string NormalizedEmail { get; set; } = "";
    }
}
