using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks;

/// <summary>
/// A module with a table, as a new module would be written: the entity and its configuration
/// here, its table from the migrations in Migrations/, nothing in the Data.* projects.
/// </summary>
public sealed class BookmarksStartup : ModuleStartup
{
    public const string ModuleId = "Test.Bookmarks";

    public override string Id => ModuleId;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleEntity<ResidentBookmark, ResidentBookmarkConfiguration>();
}
