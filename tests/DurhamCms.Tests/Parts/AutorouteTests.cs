using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Display;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Services;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Parts;

public sealed class AutorouteTests : IAsyncLifetime
{
    private const string TitleSlug = "{{ Model.ContentItem | display_text | slugify }}";

    private ModuleSite _site = null!;

    public async Task InitializeAsync() => _site = await ModuleSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_path_is_generated_from_the_slugified_title()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = "priorities/" + TitleSlug });

        var item = await CreateAsync("Priority", "Shared Economic Prosperity");

        Assert.Equal("priorities/shared-economic-prosperity", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Accents_are_folded_in_generated_paths()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = TitleSlug });

        var item = await CreateAsync("Priority", "Équité & Inclusión");

        Assert.Equal("equite-inclusion", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_pattern_can_use_a_field_value_and_the_display_text_property()
    {
        await _site.DefinePartAsync("Initiative", p => p.WithField("Number", f => f.OfType("TextField")));
        await DefineAsync("Initiative", new AutoroutePartSettings
        {
            Pattern = "initiatives/{{ Model.ContentItem.Content.Initiative.Number.Text | slugify }}-{{ Model.ContentItem.DisplayText | slugify }}",
        }, withTypePart: true);

        var item = await CreateAsync("Initiative", "Affordable Housing", i =>
            i.GetOrCreatePartJson("Initiative")["Number"] = new JsonObject { ["Text"] = "1.2" });

        Assert.Equal("initiatives/1-2-affordable-housing", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_generated_path_another_item_holds_gets_a_numbered_suffix()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = TitleSlug });

        var first = await CreateAsync("Priority", "Shared Economic Prosperity");
        var second = await CreateAsync("Priority", "Shared Economic Prosperity");
        var third = await CreateAsync("Priority", "Shared Economic Prosperity", publish: false);

        Assert.Equal("shared-economic-prosperity", first.As<AutoroutePart>()!.Path);
        Assert.Equal("shared-economic-prosperity-2", second.As<AutoroutePart>()!.Path);
        Assert.Equal("shared-economic-prosperity-3", third.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Saving_an_item_again_keeps_its_own_path()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = TitleSlug });
        var created = await CreateAsync("Priority", "Shared Economic Prosperity");

        var updated = await _site.WithContentAsync(async cm =>
        {
            var item = (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            Assert.True((await cm.UpdateAsync(item)).Succeeded);
            return (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        });

        Assert.Equal("shared-economic-prosperity", updated.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_generated_path_on_a_reserved_prefix_is_moved_aside()
    {
        await DefineAsync("Page", new AutoroutePartSettings { Pattern = TitleSlug });

        var item = await CreateAsync("Page", "Search");

        Assert.Equal("search-2", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_clone_gets_the_next_free_path()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = TitleSlug });
        var original = await CreateAsync("Priority", "Shared Economic Prosperity");

        var clone = await _site.WithContentAsync(cm => cm.CloneAsync(original));

        Assert.Equal("shared-economic-prosperity-2", clone.As<AutoroutePart>()!.Path);
        Assert.Equal("shared-economic-prosperity-2", (await _site.WithContentAsync(cm => cm.GetAsync(clone.ContentItemId, VersionOptions.Latest)))!.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_custom_path_is_kept_when_allowed()
    {
        await DefineAsync("Page", new AutoroutePartSettings { AllowCustomPath = true, Pattern = TitleSlug });

        var item = await CreateAsync("Page", "About the plan", i => i.Apply(new AutoroutePart { Path = "/about/strategic-plan/" }));

        Assert.Equal("about/strategic-plan", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task A_custom_path_is_replaced_by_the_pattern_when_not_allowed()
    {
        await DefineAsync("Page", new AutoroutePartSettings { AllowCustomPath = false, Pattern = TitleSlug });

        var item = await CreateAsync("Page", "About the plan", i => i.Apply(new AutoroutePart { Path = "my-own-path" }));

        Assert.Equal("about-the-plan", item.As<AutoroutePart>()!.Path);
    }

    [Theory]
    [InlineData("admin/settings", "The path 'admin/settings' starts with 'admin', which the site uses for its own pages.")]
    [InlineData("API", "The path 'API' starts with 'API', which the site uses for its own pages.")]
    [InlineData("sitemap.xml", "The path 'sitemap.xml' starts with 'sitemap.xml', which the site uses for its own pages.")]
    [InlineData("plans/../admin", "The path 'plans/../admin' may not contain '.' or '..' segments.")]
    [InlineData("plans//2024", "The path 'plans//2024' has an empty segment ('//').")]
    [InlineData("our plan?x=<1>", "The path 'our plan?x=<1>' may only contain letters a-z, digits, '-', '_', '.', '~' and '/'.")]
    public async Task An_invalid_custom_path_is_refused_with_a_clear_message(string path, string message)
    {
        await DefineAsync("Page", new AutoroutePartSettings { AllowCustomPath = true, Pattern = TitleSlug });

        var result = await TryCreateAsync("Page", "About", i => i.Apply(new AutoroutePart { Path = path }));

        var error = Assert.Single(result.Errors);
        Assert.Equal("AutoroutePart.Path", error.Member);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task A_custom_path_another_item_holds_is_refused()
    {
        await DefineAsync("Page", new AutoroutePartSettings { AllowCustomPath = true, Pattern = TitleSlug });
        await CreateAsync("Page", "About", i => i.Apply(new AutoroutePart { Path = "about" }));

        var result = await TryCreateAsync("Page", "About us", i => i.Apply(new AutoroutePart { Path = "About" }));

        var error = Assert.Single(result.Errors);
        Assert.Equal("AutoroutePart.Path", error.Member);
        Assert.Equal("The path 'About' is already used by another item; choose another.", error.Message);
    }

    [Fact]
    public async Task A_path_that_is_too_long_is_refused()
    {
        await DefineAsync("Page", new AutoroutePartSettings { AllowCustomPath = true });

        var result = await TryCreateAsync("Page", "Long", i => i.Apply(new AutoroutePart { Path = new string('a', AutoroutePaths.MaxLength + 1) }));

        Assert.EndsWith("is longer than 1024 characters.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_broken_pattern_is_reported_instead_of_saving_without_a_path()
    {
        await DefineAsync("Page", new AutoroutePartSettings { Pattern = "{{ Model.ContentItem | slugify " });

        var result = await TryCreateAsync("Page", "About");

        Assert.StartsWith("The route pattern of Page is not valid Liquid", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_runaway_pattern_stops_with_a_message_and_stores_nothing()
    {
        await DefineAsync("Page", new AutoroutePartSettings { Pattern = "{% for i in (1..1000000) %}x{% endfor %}" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TryCreateAsync("Page", "About"));

        Assert.StartsWith("The pattern '{% for i in (1..1000000) %}x{% endfor %}' could not be rendered", error.Message);
        Assert.Empty(await _site.WithContentAsync(cm => cm.ListAsync("Page", VersionOptions.Latest)));
    }

    [Fact]
    public async Task The_lookup_finds_the_published_item_by_path_and_not_a_draft()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { Pattern = "priorities/" + TitleSlug }, draftable: true);
        var published = await CreateAsync("Priority", "Shared Economic Prosperity");
        var draft = await CreateAsync("Priority", "Thriving Neighborhoods", publish: false);

        Assert.Equal(published.ContentItemId, await FindAsync("priorities/shared-economic-prosperity"));
        Assert.Equal(published.ContentItemId, await FindAsync("/priorities/shared-economic-prosperity"));
        Assert.Null(await FindAsync("priorities/thriving-neighborhoods"));
        Assert.Null(await FindAsync("priorities/nothing-here"));

        await _site.WithContentAsync(async cm =>
        {
            await cm.PublishAsync((await cm.GetAsync(draft.ContentItemId, VersionOptions.Latest))!);
            return true;
        });
        Assert.Equal(draft.ContentItemId, await FindAsync("priorities/thriving-neighborhoods"));
        Assert.Equal("priorities/thriving-neighborhoods", await _site.InScopeAsync(sp => sp.GetRequiredService<IContentRouteResolver>().GetPathAsync(draft.ContentItemId)));
    }

    [Fact]
    public async Task The_lookup_keeps_serving_the_published_path_while_a_draft_changes_it()
    {
        await DefineAsync("Priority", new AutoroutePartSettings { AllowCustomPath = true, Pattern = TitleSlug }, draftable: true);
        var item = await CreateAsync("Priority", "Prosperity", i => i.Apply(new AutoroutePart { Path = "prosperity" }));

        await _site.WithContentAsync(async cm =>
        {
            var draft = (await cm.GetAsync(item.ContentItemId, VersionOptions.DraftRequired))!;
            draft.Apply(new AutoroutePart { Path = "shared-prosperity" });
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
            return true;
        });

        Assert.Equal(item.ContentItemId, await FindAsync("prosperity"));
        Assert.Null(await FindAsync("shared-prosperity"));
    }

    private Task<string?> FindAsync(string path) =>
        _site.InScopeAsync(sp => sp.GetRequiredService<AutorouteLookup>().FindPublishedContentItemIdAsync(path));

    private Task DefineAsync(string type, AutoroutePartSettings settings, bool withTypePart = false, bool draftable = false) =>
        _site.DefineTypeAsync(type, t =>
        {
            t.Draftable(draftable).WithPart(nameof(TitlePart)).WithPart(nameof(AutoroutePart), p => p.WithSettings(settings));
            if (withTypePart)
            {
                t.WithPart(type);
            }
        });

    private Task<ContentItem> CreateAsync(string type, string title, Action<ContentItem>? fill = null, bool publish = true) =>
        _site.CreateAsync(type, i =>
        {
            i.Apply(new TitlePart { Title = title });
            fill?.Invoke(i);
        }, publish);

    private Task<ContentValidationResult> TryCreateAsync(string type, string title, Action<ContentItem>? fill = null) =>
        _site.WithContentAsync(async cm =>
        {
            var item = await cm.NewAsync(type);
            item.Apply(new TitlePart { Title = title });
            fill?.Invoke(item);
            return await cm.CreateAsync(item, VersionOptions.Published);
        });
}
