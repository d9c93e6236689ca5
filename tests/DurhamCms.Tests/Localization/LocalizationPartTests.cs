using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Services;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Localization;

/// <summary>Orchard's LocalizationPart and LocalizationSettings: stored, indexed, validated and exported as Orchard writes them.</summary>
public sealed class LocalizationPartTests
{
    private const string Set = "1at75vyarxkzxvt6gysfwz49zh";
    private static readonly string[] EnglishAndSpanish = ["en-US", "es-US"];
    private static readonly string[] SpanishAndFrench = ["es-US", "fr-FR"];

    [Fact]
    public async Task An_Orchard_localization_recipe_imports_and_exports_unchanged()
    {
        await using var site = LocalizationSite.Create();
        var recipe = RecipeReader.Read(await File.ReadAllTextAsync(LocalizationSite.OrchardFixture), "orchard-localization.recipe.json");

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(LocalizationSite.OrchardFixture));

        var given = recipe.Steps.Single(s => (string?)s["name"] == "Content")["data"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var export = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(new RecipeExportRequest
        {
            ContentItemIds = result.ImportedContent.Select(i => i.ContentItemId).ToList(),
            IncludeDefinitions = false,
        }));
        var exported = export["steps"]![0]!["Data"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => (string)i["ContentItemId"]!);
        Assert.Equal(given.Count, exported.Count);
        foreach (var item in given)
        {
            var back = exported[(string)item["ContentItemId"]!];
            JsonAssert.Equal(WithoutDates(item), WithoutDates(back));
            foreach (var date in Dates(item))
            {
                Assert.Equal(Instant(item[date]), Instant(back[date]));
            }
        }

        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        JsonAssert.Equal(recipe.Steps.Single(s => (string?)s["name"] == "Settings")["LocalizationSettings"], settings["LocalizationSettings"]);
    }

    [Fact]
    public async Task Each_localized_version_is_indexed_by_set_and_culture()
    {
        await using var site = LocalizationSite.Create();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(LocalizationSite.OrchardFixture));

        var rows = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<LocalizedContentItemIndex>().AsNoTracking()
            .OrderBy(x => x.Culture).Select(x => new { x.LocalizationSet, x.Culture, x.NormalizedCulture, x.ContentItemId, x.Published }).ToListAsync());

        Assert.Equal(
            [(Set, "en-US", "en-us", "6fhgj4wkxss7gempgq9aha047n", true), (Set, "es-US", "es-us", "w1sv1pqygpkc2yg6r62ck10jpg", true)],
            rows.Select(r => (r.LocalizationSet, r.Culture, r.NormalizedCulture, r.ContentItemId, r.Published)));
    }

    [Fact]
    public async Task The_site_cultures_default_to_English_and_Spanish_and_follow_the_Settings_step()
    {
        await using var site = LocalizationSite.Create();
        var before = await site.InScopeAsync(sp => sp.GetRequiredService<ContentCultures>().GetAsync());
        Assert.Equal("en-US", before.DefaultCulture);
        Assert.Equal(EnglishAndSpanish, before.SupportedCultures);

        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync("""
            { "steps": [ { "name": "Settings", "LocalizationSettings": { "DefaultCulture": "es-US", "SupportedCultures": [ "es-US", "fr-FR" ] } } ] }
            """, null));

        var after = await site.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ContentCultures>().Get()));
        Assert.Equal("es-US", after.DefaultCulture);
        Assert.Equal(SpanishAndFrench, after.SupportedCultures);
    }

    [Fact]
    public async Task A_new_item_starts_its_own_set_in_the_default_culture_and_a_clone_starts_another()
    {
        await using var site = LocalizationSite.Create();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(LocalizationSite.OrchardFixture));

        var (created, clone) = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("Notice");
            item.GetOrCreatePartJson("TitlePart")["Title"] = "Leaf collection begins";
            Assert.True((await cm.CreateAsync(item, VersionOptions.Draft)).Succeeded);
            return (item, await cm.CloneAsync(item));
        });

        var part = created.As<LocalizationPart>()!;
        Assert.True(IdGenerator.IsValid(part.LocalizationSet));
        Assert.NotEqual(Set, part.LocalizationSet);
        Assert.Equal("en-US", part.Culture);
        Assert.NotEqual(part.LocalizationSet, clone.As<LocalizationPart>()!.LocalizationSet);
        Assert.Equal("en-US", clone.As<LocalizationPart>()!.Culture);
    }

    [Fact]
    public async Task An_unsupported_culture_or_a_second_item_of_one_culture_in_a_set_is_refused_naming_it()
    {
        await using var site = LocalizationSite.Create();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(LocalizationSite.OrchardFixture));

        var errors = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var french = await cm.NewAsync("Notice");
            french.GetOrCreatePartJson("TitlePart")["Title"] = "Collecte des ordures";
            french.Alter<LocalizationPart>(p => (p.LocalizationSet, p.Culture) = (Set, "fr-FR"));
            var second = await cm.NewAsync("Notice");
            second.GetOrCreatePartJson("TitlePart")["Title"] = "Otra recolección";
            second.Alter<LocalizationPart>(p => (p.LocalizationSet, p.Culture) = (Set, "es-US"));
            return ((await cm.CreateAsync(french, VersionOptions.Draft)).Errors, (await cm.CreateAsync(second, VersionOptions.Draft)).Errors);
        });

        var unsupported = Assert.Single(errors.Item1);
        Assert.Contains("'fr-FR', which this site does not support: use one of en-US, es-US", unsupported.Message, StringComparison.Ordinal);
        var duplicate = Assert.Single(errors.Item2);
        Assert.Contains("w1sv1pqygpkc2yg6r62ck10jpg is already the es-US translation", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_item_starting_its_own_set_after_an_earlier_item_joined_that_set_in_its_culture_is_refused()
    {
        await using var site = LocalizationSite.Create();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(LocalizationSite.OrchardFixture));

        // Both items are new and in one batch. The second names the set after its own id, which the
        // batch's one lookup finds empty; the first item's row, written since, must still count.
        const string starter = "8kq3z1m7c5v9t2x4w6b0n8d3hj";
        const string joiner = "2fz6p9r3y7c1k5m8q0v4t6x2wb";
        var recipe = $$"""
            { "name": "Two of a culture", "steps": [ { "name": "Content", "Data": [
              { "ContentItemId": "{{joiner}}", "ContentItemVersionId": "{{IdGenerator.NewId()}}", "ContentType": "Notice", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Joins first" }, "LocalizationPart": { "LocalizationSet": "{{starter}}", "Culture": "en-US" } },
              { "ContentItemId": "{{starter}}", "ContentItemVersionId": "{{IdGenerator.NewId()}}", "ContentType": "Notice", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Starts the set" }, "LocalizationPart": { "LocalizationSet": "{{starter}}", "Culture": "en-US" } }
            ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe, null)));

        Assert.Contains($"item {joiner} is already the en-US translation in LocalizationSet {starter}", error.Message, StringComparison.Ordinal);
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ContentItems.AsNoTracking()
            .CountAsync(r => r.ContentItemId == joiner || r.ContentItemId == starter));
        Assert.Equal(0, stored);
    }

    private static readonly string[] DateNames = [nameof(ContentItem.CreatedUtc), nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc)];

    private static IEnumerable<string> Dates(JsonObject item) => DateNames.Where(item.ContainsKey);

    private static JsonObject WithoutDates(JsonObject item)
    {
        var copy = item.DeepClone().AsObject();
        foreach (var name in DateNames)
        {
            copy.Remove(name);
        }

        return copy;
    }

    private static DateTime Instant(JsonNode? node) =>
        DateTime.Parse(node!.ToJsonString().Trim('"'), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
