using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks;

/// <summary>
/// A module with a table, as a new module would be written: the entity here, its table from the
/// migrations in Migrations/, nothing in the Data.* projects.
/// </summary>
public sealed class BookmarksStartup : ModuleStartup
{
    public const string ModuleId = "Test.Bookmarks";

    public override string Id => ModuleId;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleEntity<ResidentBookmark>(b =>
        {
            b.Property(x => x.ContentItemId).HasMaxLength(26);
            b.HasIndex(x => x.ContentItemId);
        });
}
