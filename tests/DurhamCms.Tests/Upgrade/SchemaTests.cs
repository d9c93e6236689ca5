using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// The released baseline stays as released, and the whole site's model is covered by it plus
/// the module migrations: an entity added without a migration fails here, naming its table.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public void Each_provider_keeps_the_frozen_Initial_and_no_other_EF_migration()
    {
        Assert.Equal(["20261129043837_Initial"], EfMigrations(TestSite.Sqlite, "Data Source=unused.db"));
        Assert.Equal(["20261129043847_Initial"], EfMigrations(TestSite.PostgreSql, "Host=unused"));
    }

    /// <summary>From the provider's migrations assembly; no database is opened.</summary>
    private static List<string> EfMigrations(string provider, string connectionString)
    {
        using var services = new ServiceCollection()
            .AddDbContext<DurhamDbContext>(b => b.UseDurhamDatabase(provider, connectionString))
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DurhamDbContext>().Database.GetMigrations().ToList();
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task The_whole_site_model_exists_in_a_new_SQLite_database() => WholeSiteHasNoDrift(TestSite.Sqlite);

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public Task The_whole_site_model_exists_in_a_new_PostgreSQL_database() => WholeSiteHasNoDrift(TestSite.PostgreSql);

    private static async Task WholeSiteHasNoDrift(string provider)
    {
        await using var site = new TestSite(provider);
        var missing = await site.InScopeAsync(sp => SchemaDrift.MissingAsync(sp.GetRequiredService<DurhamDbContext>()));
        Assert.True(missing.Count == 0, "Mapped in the model but made by no migration (add a ModuleMigration in the module's Migrations folder): " + string.Join("; ", missing));
    }
}
