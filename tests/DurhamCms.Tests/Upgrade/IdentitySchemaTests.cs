using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// Identity's tables moved from the kernel's IdentityDbContext into the Users module's own
/// configurations: EF's model differ, run from the frozen release-1 snapshot to today's model,
/// finds nothing to change in the AspNet* tables but what the Users module's migration does.
/// </summary>
public sealed class IdentitySchemaTests
{
    [Fact]
    public Task On_SQLite_the_Users_module_maps_the_released_AspNet_tables_unchanged() => IdentityTablesMatchTheSnapshot(TestSite.Sqlite);

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task On_PostgreSQL_the_Users_module_maps_the_released_AspNet_tables_unchanged() => IdentityTablesMatchTheSnapshot(TestSite.PostgreSql);

    private static async Task IdentityTablesMatchTheSnapshot(string provider)
    {
        await using var site = new TestSite(provider);
        var changes = await site.InScopeAsync(sp => Task.FromResult(IdentityChanges(sp.GetRequiredService<DurhamDbContext>())));

        // 2026-12-01-UniqueEmails: the non-unique EmailIndex becomes unique, nothing else.
        Assert.Equal(
            ["DropIndex AspNetUsers.EmailIndex", "CreateIndex AspNetUsers.EmailIndex (NormalizedEmail) unique"],
            changes);
    }

    /// <summary>What migrating from the frozen snapshot to the current model would do to the AspNet* tables.</summary>
    private static List<string> IdentityChanges(DurhamDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model
            ?? throw new InvalidOperationException("The provider's migrations assembly has no model snapshot.");
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var current = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(snapshot.GetRelationalModel(), current.GetRelationalModel());
        Assert.Contains(current.GetRelationalModel().Tables, t => t.Name == "AspNetUsers");
        return operations.Select(Describe).OfType<string>().ToList();
    }

    private static string? Describe(MigrationOperation operation) => operation switch
    {
        DropIndexOperation o when IsIdentity(o.Table) => $"DropIndex {o.Table}.{o.Name}",
        CreateIndexOperation o when IsIdentity(o.Table) => $"CreateIndex {o.Table}.{o.Name} ({string.Join(", ", o.Columns)}){(o.IsUnique ? " unique" : "")}",
        DropTableOperation o when IsIdentity(o.Name) => $"DropTable {o.Name}",
        CreateTableOperation o when IsIdentity(o.Name) => $"CreateTable {o.Name}",
        ITableMigrationOperation o when IsIdentity(o.Table) => $"{operation.GetType().Name} {o.Table}: {operation}",
        _ => null,
    };

    private static bool IsIdentity(string? table) => table?.StartsWith("AspNet", StringComparison.Ordinal) == true;
}
