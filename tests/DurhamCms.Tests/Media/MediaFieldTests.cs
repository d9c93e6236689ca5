using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Media.Services;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>
/// MediaField in Orchard's shape, its alternative-text rule (editor refuses, import warns), the
/// media recipe step (base64 and files beside the recipe, all or nothing), and what uses a file.
/// </summary>
[Trait(Category.Name, Category.Slow)]
public sealed class MediaFieldTests : IAsyncLifetime
{
    private readonly TestSite _site = new(new TestSiteOptions { Modules = ["DurhamCms.Media", "DurhamCms.Contents", "DurhamCms.Users", "DurhamCms.AuditTrail"], SkipDurhamRecipe = true });
    private readonly string _recipeFolder = Path.Combine(Path.GetTempPath(), "durhamcms-media-recipe-" + Guid.NewGuid().ToString("n"));

    private static readonly string GalleryDefinition = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Gallery", "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "Gallery", "Name": "Gallery" } ] } ],
          "ContentParts": [ { "Name": "Gallery", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "MediaField", "Name": "Photos", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Photos" }, "MediaFieldSettings": { "Multiple": true } } } ] } ] }
        """;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_recipeFolder);
        await File.WriteAllBytesAsync(Path.Combine(_recipeFolder, "report.pdf"), MediaSamples.Pdf(2_400_000));
        await RunAsync($$"""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Administrator", "Permissions": [ "SiteOwner" ] } ] }, {{GalleryDefinition}} ] }""");
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_recipeFolder, recursive: true);
    }

    [Fact]
    public async Task An_orchard_recipe_with_a_media_step_imports_its_files_and_mediafield_values_round_trip_unchanged()
    {
        var png = Convert.ToBase64String(MediaSamples.Png(400, 300));
        var photos = """{ "Paths": [ "gallery/chart.png", "reports/report.pdf" ], "MediaTexts": [ "Bar chart of permits issued", "Annual report" ], "Anchors": [ { "X": 0.5, "Y": 0.25 }, { "X": 0.5, "Y": 0.5 } ] }""";
        var result = await RunAsync($$"""
            { "name": "Orchard export", "steps": [
              { "name": "media", "Files": [
                { "TargetPath": "gallery/chart.png", "Base64": "{{png}}" },
                { "TargetPath": "reports/report.pdf", "SourcePath": "report.pdf" } ] },
              { "name": "content", "data": [ {
                "ContentItemId": "4gallery000000000000000001", "ContentItemVersionId": "4galleryv00000000000000001", "ContentType": "Gallery",
                "DisplayText": "Permits", "Latest": true, "Published": true,
                "Gallery": { "Photos": {{photos}} } } ] } ] }
            """);

        Assert.Empty(result.Warnings);
        using var client = _site.Client();
        using var served = await client.GetAsync("/media/gallery/chart.png");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var pdf = await client.GetAsync("/media/reports/report.pdf");
        Assert.Equal(2_400_000, (await pdf.Content.ReadAsByteArrayAsync()).Length);

        var export = await _site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExporter>().ExportAsync(new RecipeExportRequest { ContentTypes = ["Gallery"] }));
        var item = export["steps"]!.AsArray().Select(s => s!["data"] ?? s["Data"]).OfType<JsonArray>().Single().Single()!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(photos), item["Gallery"]!["Photos"]), item["Gallery"]!["Photos"]!.ToJsonString());
    }

    [Fact]
    public async Task A_media_step_with_one_hostile_file_refuses_the_whole_recipe_and_stores_nothing()
    {
        var good = Convert.ToBase64String(MediaSamples.Png(10, 10));
        var html = Convert.ToBase64String(MediaSamples.Html);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync($$"""
            { "steps": [
              { "name": "media", "Files": [ { "TargetPath": "bad/fine.png", "Base64": "{{good}}" }, { "TargetPath": "bad/photo.png", "Base64": "{{html}}" } ] },
              { "name": "content", "data": [ { "ContentItemId": "4gallery000000000000000002", "ContentType": "Gallery", "DisplayText": "Never", "Gallery": {} } ] } ] }
            """));

        Assert.Contains("file 2 ('bad/photo.png') is refused", error.Message, StringComparison.Ordinal);
        Assert.Null(await FindAsync("bad/fine.png"));
        Assert.False(Directory.Exists(Path.Combine(_site.DataPath, "media", "bad")));
        Assert.Null(await _site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("4gallery000000000000000002", VersionOptions.Latest)));
    }

    [Fact]
    public async Task A_media_step_may_not_read_outside_the_recipe_folder()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync("""
            { "steps": [ { "name": "media", "Files": [ { "TargetPath": "x/passwd.csv", "SourcePath": "../../../../etc/passwd" } ] } ] }
            """));

        Assert.Contains("outside the recipe's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_image_without_alternative_text_is_refused_naming_the_image_and_decorative_passes()
    {
        await AddFileAsync("alt/photo.png");

        var refused = await SaveAsync(["alt/photo.png"], [""], null);
        var message = Assert.Single(refused).Message;
        Assert.Equal("Photos has the image 'alt/photo.png' without alternative text: describe what it shows for people who cannot see it, or mark it decorative.", message);

        Assert.Empty(await SaveAsync(["alt/photo.png"], ["Volunteers planting trees"], null));
        Assert.Empty(await SaveAsync(["alt/photo.png"], [""], [true]));
    }

    [Fact]
    public async Task The_editor_form_refuses_an_image_without_alternative_text_with_a_clear_message()
    {
        await AddFileAsync("form/photo.png");
        using var admin = await _site.SignInAsync("admin", TestSite.AdminPassword);

        using var refused = await admin.PostFormAsync("/admin/contents/create/Gallery",
            [new("Gallery.Photos.Present", "1"), new("Gallery.Photos.AddPath", "form/photo.png"), new("Gallery.Photos.AddText", "")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Photos has the image 'form/photo.png' without alternative text", await MediaSite.TextOf(refused), StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync("/admin/contents/create/Gallery",
            [new("Gallery.Photos.Present", "1"), new("Gallery.Photos.AddPath", "form/photo.png"), new("Gallery.Photos.AddText", "The new library")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Importing_an_image_without_alternative_text_warns_naming_the_item()
    {
        await AddFileAsync("import/photo.png");

        var result = await RunAsync("""
            { "steps": [ { "name": "content", "data": [ { "ContentItemId": "4gallery000000000000000003", "ContentType": "Gallery", "DisplayText": "No alt",
              "Gallery": { "Photos": { "Paths": [ "import/photo.png" ], "MediaTexts": [ "" ] } } } ] } ] }
            """);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Gallery 4gallery000000000000000003", warning, StringComparison.Ordinal);
        Assert.Contains("'import/photo.png' without alternative text", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_file_content_uses_asks_for_a_confirmation_listing_the_items()
    {
        await AddFileAsync("used/photo.png");
        Assert.Empty(await SaveAsync(["used/photo.png"], ["Volunteers"], null, title: "Tree planting day"));
        using var admin = await _site.SignInAsync("admin", TestSite.AdminPassword);

        using var asked = await admin.PostFormAsync("/admin/media", [new("path", "used/photo.png")], "/admin/media/delete");
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Contains("Tree planting day", await MediaSite.TextOf(asked), StringComparison.Ordinal);
        Assert.NotNull(await FindAsync("used/photo.png"));

        using var confirmed = await admin.PostFormAsync("/admin/media", [new("path", "used/photo.png"), new("confirm", "true")], "/admin/media/delete");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null(await FindAsync("used/photo.png"));
    }

    private Task<RecipeResult> RunAsync(string json) =>
        _site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, _recipeFolder, null));

    private Task<DurhamCms.Media.Models.MediaItem> AddFileAsync(string path) =>
        _site.InScopeAsync(sp => sp.GetRequiredService<MediaLibrary>().AddAsync(path, MediaSamples.Png(50, 50), new MediaActor(null, "test")));

    private Task<DurhamCms.Media.Models.MediaItem?> FindAsync(string path) => _site.InScopeAsync(sp => sp.GetRequiredService<MediaLibrary>().FindAsync(path));

    private Task<IReadOnlyList<ContentValidationError>> SaveAsync(string[] paths, string[] texts, bool[]? decorative, string title = "Gallery") =>
        _site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync("Gallery");
            item.DisplayText = title;
            item.ApplyField("Gallery", "Photos", new DurhamCms.Media.Fields.MediaField { Paths = paths, MediaTexts = texts, Decorative = decorative });
            var result = await contents.CreateAsync(item, VersionOptions.Published);
            return (IReadOnlyList<ContentValidationError>)result.Errors.ToList();
        });
}
