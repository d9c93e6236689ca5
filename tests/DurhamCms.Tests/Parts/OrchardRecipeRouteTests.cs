using DurhamCms.ContentManagement;
using DurhamCms.Display;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Recipes;
using DurhamCms.Tests.Fields;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Parts;

/// <summary>Orchard's own recipes, unchanged, import through the fields' and parts' handlers and route as Orchard would.</summary>
public sealed class OrchardRecipeRouteTests
{
    public static TheoryData<string> Recipes => new(OrchardRecipes.Files);

    [OrchardRecipesTheory]
    [MemberData(nameof(Recipes))]
    public async Task An_Orchard_recipe_imports_through_the_field_and_part_rules(string file)
    {
        await using var site = await ModuleSite.StartAsync();

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(OrchardRecipes.PathOf(file), OrchardRecipes.SetupOptions));

        Assert.True(result.ExecutedSteps > 0);
    }

    [OrchardRecipesFact]
    public async Task The_blog_recipe_routes_its_blog_and_its_post_by_their_imported_paths()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(OrchardRecipes.PathOf("blog.recipe.json"), OrchardRecipes.SetupOptions));

        await site.InScopeAsync(async sp =>
        {
            var routes = sp.GetRequiredService<IContentRouteResolver>();
            var cm = sp.GetRequiredService<IContentManager>();
            var blog = await cm.GetAsync((await routes.FindPublishedContentItemIdAsync("blog"))!);
            var post = await cm.GetAsync((await routes.FindPublishedContentItemIdAsync("blog/post-1"))!);

            Assert.Equal("Blog", blog!.ContentType);
            Assert.Equal("Man must explore, and this is exploration at its greatest", post!.DisplayText);
        });
    }

    [Fact]
    public async Task The_container_filter_reaches_the_list_an_item_belongs_to()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.DefineTypeAsync("Priority", t => t.WithPart(nameof(TitlePart)).WithPart(nameof(ListPart))
            .WithPart(nameof(AutoroutePart), p => p.WithSettings(new AutoroutePartSettings { Pattern = "{{ Model.ContentItem | display_text | slugify }}" })));
        await site.DefineTypeAsync("Initiative", t => t.WithPart(nameof(TitlePart)).WithPart(nameof(ContainedPart))
            .WithPart(nameof(AutoroutePart), p => p.WithSettings(new AutoroutePartSettings
            {
                Pattern = "{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}",
            })));

        var priority = await site.CreateAsync("Priority", i => i.Apply(new TitlePart { Title = "Shared Economic Prosperity" }));
        var initiative = await site.CreateAsync("Initiative", i => i
            .Apply(new TitlePart { Title = "Small business grants" })
            .Apply(new ContainedPart { ListContentItemId = priority.ContentItemId }));

        Assert.Equal("shared-economic-prosperity/small-business-grants", initiative.As<AutoroutePart>()!.Path);
    }
}
