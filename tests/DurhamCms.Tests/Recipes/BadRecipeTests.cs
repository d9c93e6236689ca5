using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace DurhamCms.Tests.Recipes;

/// <summary>A recipe that cannot be imported says what and where, and changes nothing.</summary>
public sealed class BadRecipeTests
{
    private const string Item = """{ "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentType": "Note", "Latest": true, "Published": true, "Note": { "Text": "hello" } }""";

    [Fact]
    public async Task Malformed_json_is_refused_naming_the_file_line_and_column()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var folder = Path.Combine(site.DataPath, "recipes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "broken.recipe.json");
        await File.WriteAllTextAsync(path, """
            {
              // a comment and a trailing comma are fine
              "name": "Broken",
              "steps": [
                { "name": "Settings" "Site": {} },
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Contains("broken.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 5, column 26", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_step_fails_before_any_step_runs()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var before = await site.CountVersionsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync($$"""
            { "name": "Unknown step", "steps": [
              { "name": "Content", "Data": [ {{Item}} ] },
              { "name": "Settings", "Site": { "Name": "x" } },
              { "name": "Roles", "Roles": [] },
              { "name": "layers", "Layers": [] }
            ] }
            """));

        Assert.Contains("step 4 'layers' is not supported by this site; nothing was imported", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.CountVersionsAsync());
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync()));
    }

    [Fact]
    public async Task An_unknown_step_is_listed_and_the_rest_imported_when_skipping()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var result = await site.RunAsync($$"""
            { "name": "Unknown step", "steps": [ { "name": "layers" }, { "name": "content", "data": [ {{Item}} ] } ] }
            """, new RecipeExecutionOptions { SkipUnsupportedSteps = true });

        var skipped = Assert.Single(result.SkippedSteps);
        Assert.Equal((0, "layers"), (skipped.Index, skipped.Name));
        Assert.Equal(1, result.ExecutedSteps);
        Assert.Equal(1, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_failure_in_the_third_step_leaves_definitions_documents_and_content_as_they_were()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync($$"""
            { "name": "Seed", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "DisplayName": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] },
              { "name": "Settings", "General": { "SiteName": "Before" } },
              { "name": "Content", "Data": [ {{Item}} ] }
            ] }
            """);
        var before = await SnapshotAsync(site);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync($$"""
            { "name": "Fails late", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [
                { "Name": "Note", "DisplayName": "Changed note" },
                { "Name": "Report", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Settings", "General": { "SiteName": "After" } },
              { "name": "Content", "Data": [
                { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj2", "ContentType": "Report", "Latest": true, "Published": true },
                { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj3", "Latest": true } ] }
            ] }
            """));

        Assert.Contains("step 3 \"Content\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("item 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("4k7qxzmb2hf8yd3nq0vw5t9cj3", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs a content type", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(site));
        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            Assert.Null(await definitions.GetTypeDefinitionAsync("Report"));
            Assert.Equal("Note", (await definitions.GetTypeDefinitionAsync("Note"))!.DisplayName);
        });
    }

    [Fact]
    public async Task The_scope_that_ran_a_failed_recipe_does_not_see_its_definitions()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.InScopeAsync(async sp =>
        {
            var executor = sp.GetRequiredService<IRecipeExecutor>();
            await Assert.ThrowsAsync<RecipeException>(() => executor.ExecuteJsonAsync("""
                { "name": "Fails", "steps": [
                  { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Report" } ] },
                  { "name": "Content", "Data": [ { "Latest": true } ] } ] }
                """, null));

            Assert.Null(await sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Report"));
            Assert.Empty(sp.GetRequiredService<DurhamDbContext>().ChangeTracker.Entries());
        });
    }

    [Fact]
    public async Task An_invalid_item_is_refused_naming_its_index_id_and_the_rules_it_breaks()
    {
        await using var site = await RecipeTestSite.CreateAsync(configure: s => s.AddScoped<IContentHandler, NoteNeedsTextHandler>());
        await site.RunAsync("""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync($$"""
            { "steps": [ { "name": "Content", "Data": [ {{Item}},
              { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj9", "ContentType": "Note", "Latest": true, "Note": { "Text": "" } } ] } ] }
            """));

        Assert.Contains("step 1 \"Content\": item 2 (Note 4k7qxzmb2hf8yd3nq0vw5t9cj9) is invalid: Note.Text: A note needs text.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_missing_file_is_refused_naming_the_file_and_step()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var recipe = """
            { "name": "Files", "steps": [ { "name": "Settings", "Footer": { "Html": "[file:text('Snippets/footer.html')]" } } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(recipe, directory: site.DataPath));

        Assert.Contains("step 1 \"Settings\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Snippets/footer.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("was not found", error.Message, StringComparison.Ordinal);

        var result = await site.RunAsync(recipe, new RecipeExecutionOptions { SkipUnsupportedSteps = true }, site.DataPath);
        Assert.Contains(result.Warnings, w => w.Contains("Snippets/footer.html", StringComparison.Ordinal) && w.StartsWith("step 1 \"Settings\"", StringComparison.Ordinal));
        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        Assert.Null(settings["Footer"]!["Html"]);
    }

    [Fact]
    public async Task A_file_beside_the_recipe_is_read_and_one_outside_its_folder_is_refused()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var folder = Path.Combine(site.DataPath, "recipe");
        Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
        await File.WriteAllTextAsync(Path.Combine(folder, "Snippets", "footer.html"), "<p>Durham</p>");
        await File.WriteAllTextAsync(Path.Combine(site.DataPath, "secret.txt"), "secret");

        await site.RunAsync("""{ "steps": [ { "name": "Settings", "Footer": { "Html": "[file:text('Snippets/footer.html')]" } } ] }""", directory: folder);
        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        Assert.Equal("<p>Durham</p>", (string?)settings["Footer"]!["Html"]);

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            site.RunAsync("""{ "steps": [ { "name": "Settings", "Secret": "[file:text('../secret.txt')]" } ] }""", directory: folder));
        Assert.Contains("outside the recipe's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_an_unknown_type_is_refused_naming_part_field_and_type()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var recipe = """
            { "name": "Media", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Gallery", "ContentTypePartDefinitionRecords": [ { "PartName": "Gallery", "Name": "Gallery" } ] } ],
              "ContentParts": [ { "Name": "Gallery", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Caption" },
                { "FieldName": "TaxonomyField", "Name": "Photos", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Photos" } } } ] } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(recipe));

        Assert.Contains("'Photos'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Gallery'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'TaxonomyField'", error.Message, StringComparison.Ordinal);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Gallery")));

        var result = await site.RunAsync(recipe, new RecipeExecutionOptions { SkipUnsupportedSteps = true });
        Assert.Contains(result.Warnings, w => w.Contains("'TaxonomyField'", StringComparison.Ordinal));
        var part = await site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetPartDefinitionAsync("Gallery"));
        Assert.Contains(part!.Fields, f => f is { Name: "Photos", FieldName: "TaxonomyField", DisplayName: "Photos" });
    }

    [Fact]
    public async Task A_failing_expression_is_refused_or_left_empty_with_a_warning()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var recipe = $$"""
            { "steps": [ { "name": "Content", "Data": [ {
              "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentType": "Note", "Latest": true, "Published": true,
              "Owner": "[js: variables('AdminUserId')]" } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(recipe));
        Assert.Contains("AdminUserId", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.CountVersionsAsync());

        // Never stored as its own text: an Owner of "[js: …]" would name no user.
        var result = await site.RunAsync(recipe, new RecipeExecutionOptions { SkipUnsupportedSteps = true });
        Assert.Contains(result.Warnings, w => w.Contains("no variable 'AdminUserId'", StringComparison.Ordinal));
        Assert.Null(Assert.Single(result.ImportedContent).Owner);
    }

    [Fact]
    public async Task A_module_step_that_throws_is_reported_with_its_step_and_cause_and_rolled_back()
    {
        await using var site = await RecipeTestSite.CreateAsync(configure: s =>
            s.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, ExplodingStep>()));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync($$"""
            { "name": "Explodes", "steps": [ { "name": "Content", "Data": [ {{Item}} ] }, { "name": "explode" } ] }
            """));

        Assert.StartsWith("step 2 \"explode\": failed: The index is out of date.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe \"Explodes\" was imported.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_version_id_that_belongs_to_another_item_is_refused()
    {
        await using var site = await RecipeTestSite.CreateAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync("""
            { "steps": [
              { "name": "Content", "Data": [
                { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentItemVersionId": "4k7qxzmb2hf8yd3nq0vw5t9cv1", "ContentType": "Note", "Latest": true } ] },
              { "name": "Content", "Data": [
                { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj2", "ContentItemVersionId": "4k7qxzmb2hf8yd3nq0vw5t9cv1", "ContentType": "Note", "Latest": true } ] } ] }
            """));

        // Within one step the second would be skipped as a duplicate, as Orchard does; in the next it is refused.
        Assert.Contains("step 2 \"Content\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("belongs to item 4k7qxzmb2hf8yd3nq0vw5t9cj1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_step_without_a_name_is_refused()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync("""{ "steps": [ { "name": "Settings" }, { "Data": [] } ] }"""));
        Assert.Contains("step 2 has no \"name\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_in_its_own_transaction_saves_without_savepoints_and_a_callers_transaction_keeps_them()
    {
        await using var site = await RecipeTestSite.CreateAsync(configure: s =>
            s.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, SavepointProbeStep>()));
        const string Recipe = $$"""{ "name": "Probed", "steps": [ { "name": "Content", "Data": [ {{Item}} ] }, { "name": "probe" } ] }""";

        var (during, after) = await site.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(Recipe, recipeDirectory: null);
            return (sp.GetServices<IRecipeStepHandler>().OfType<SavepointProbeStep>().Single().Seen, sp.GetRequiredService<DurhamDbContext>().Database.AutoSavepointsEnabled);
        });
        Assert.False(during);
        Assert.True(after);

        // A caller's transaction may recover from a failed save: its savepoints stay.
        var inCallers = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(Recipe.Replace("cj1", "cj2", StringComparison.Ordinal), recipeDirectory: null);
            await transaction.CommitAsync();
            return sp.GetServices<IRecipeStepHandler>().OfType<SavepointProbeStep>().Single().Seen;
        });
        Assert.True(inCallers);
        Assert.Equal(2, await site.CountVersionsAsync());
    }

    private sealed class SavepointProbeStep(DurhamDbContext db) : IRecipeStepHandler
    {
        public bool? Seen { get; private set; }

        public IReadOnlyCollection<string> StepNames => ["Probe"];

        public Task ExecuteAsync(RecipeStepContext context)
        {
            Seen = db.Database.AutoSavepointsEnabled;
            return Task.CompletedTask;
        }
    }

    private sealed class ExplodingStep : IRecipeStepHandler
    {
        public IReadOnlyCollection<string> StepNames => ["Explode"];

        public Task ExecuteAsync(RecipeStepContext context) => throw new InvalidOperationException("The index is out of date.");
    }

    private sealed class NoteNeedsTextHandler : ContentHandlerBase
    {
        public override Task ValidatingAsync(ValidateContentContext context)
        {
            if (context.ContentItem.GetPartJson("Note")?["Text"]?.GetValue<string>() is not { Length: > 0 })
            {
                context.Result.Fail("Note.Text", "A note needs text.");
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Everything a recipe can change: every document, and every content row.</summary>
    private static Task<string> SnapshotAsync(RecipeTestSite site) => site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DurhamDbContext>();
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Key).Select(d => new { d.Key, d.Content, d.Version }).ToListAsync();
        var content = await db.ContentItems.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var roles = await db.Set<CmsRole>().AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name).ToListAsync();
        return new JsonObject
        {
            ["Documents"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(documents)),
            ["Content"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(content)),
            ["Roles"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(roles)),
        }.ToJsonString();
    });
}
