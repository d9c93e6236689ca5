using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Display;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Parts;

/// <summary>Path uniqueness and lookup run as SQL on the AutorouteIndex table: held on both databases, through the real host.</summary>
public sealed class AutorouteDatabaseTests
{
    public static TheoryData<string> Databases => TestSite.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Paths_stay_unique_and_resolve_to_the_published_item(string database)
    {
        await using var site = new TestSite(database);
        await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync("Notice", t => t
            .Draftable()
            .WithPart(nameof(TitlePart))
            .WithPart(nameof(AutoroutePart), p => p.WithSettings(new AutoroutePartSettings
            {
                AllowCustomPath = true,
                Pattern = "notices/{{ Model.ContentItem | display_text | slugify }}",
            }))));

        var (first, second, draft, custom) = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            return (
                await CreateAsync(cm, "Road Closure", publish: true),
                await CreateAsync(cm, "Road closure", publish: true),
                await CreateAsync(cm, "Road Closure!", publish: false),
                await CreateAsync(cm, "Elsewhere", publish: true, path: "Notices/Special"));
        });

        Assert.Equal("notices/road-closure", first.Path);
        Assert.Equal("notices/road-closure-2", second.Path);
        Assert.Equal("notices/road-closure-3", draft.Path);
        Assert.Equal("Notices/Special", custom.Path);

        await site.InScopeAsync(async sp =>
        {
            var routes = sp.GetRequiredService<IContentRouteResolver>();
            Assert.Equal(first.Id, await routes.FindPublishedContentItemIdAsync("notices/road-closure"));
            Assert.Equal(second.Id, await routes.FindPublishedContentItemIdAsync("notices/road-closure-2"));
            Assert.Null(await routes.FindPublishedContentItemIdAsync("notices/road-closure-3"));
            Assert.Equal(custom.Id, await routes.FindPublishedContentItemIdAsync("notices/special"));
            Assert.Equal("notices/road-closure-2", await routes.GetPathAsync(second.Id));

            var cm = sp.GetRequiredService<IContentManager>();
            var clash = await cm.NewAsync("Notice");
            clash.Apply(new TitlePart { Title = "Clash" }).Apply(new AutoroutePart { Path = "notices/SPECIAL" });
            var result = await cm.CreateAsync(clash, VersionOptions.Published);
            Assert.Equal("The path 'notices/SPECIAL' is already used by another item; choose another.", Assert.Single(result.Errors).Message);
        });
    }

    private static async Task<(string Id, string? Path)> CreateAsync(IContentManager cm, string title, bool publish, string? path = null)
    {
        var item = await cm.NewAsync("Notice");
        item.Apply(new TitlePart { Title = title });
        if (path is not null)
        {
            item.Apply(new AutoroutePart { Path = path });
        }

        var result = await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
        Assert.True(result.Succeeded, result.ToString());
        return (item.ContentItemId, item.As<AutoroutePart>()!.Path);
    }
}
