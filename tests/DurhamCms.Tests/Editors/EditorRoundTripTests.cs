using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Editors;

/// <summary>Each editor's round trip: the page shows what is stored, and a POST stores what was typed, in Orchard's JSON shapes.</summary>
public sealed class EditorRoundTripTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        await _site.DefineSampleTypeAsync();
        _admin = await _site.SignInAsync("admin", "Test-admin-password-1");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<string> CreateSampleAsync(string related) => await _admin.CreateAsync(EditorPages.SampleType,
    [
        new("TitlePart.Title", "Sample one"),
        new("EditorSample.Line.Text", "A line"),
        new("EditorSample.Notes.Text", "First\nsecond"),
        new("EditorSample.Choice.Text", "blue"),
        new("EditorSample.Count.Value", "12.5"),
        new("EditorSample.Flag.Value", "false"),
        new("EditorSample.Flag.Value", "true"),
        new("EditorSample.Day.Value", "2025-07-01"),
        new("EditorSample.When.Value", "2025-07-01T09:30"),
        new("EditorSample.Site.Url", "https://durhamnc.gov/"),
        new("EditorSample.Site.Text", "City of Durham"),
        new("EditorSample.Site.Target", "_blank"),
        new("EditorSample.Body.Html", "<p>Hello <strong>Durham</strong></p>"),
        new("EditorSample.Summary.Markdown", "Some *markdown*"),
        new("EditorSample.Related.ContentItemIds", ""),
        new("EditorSample.Related.ContentItemIds", related),
        new("EditorSample.Tags.Values", ""),
        new("EditorSample.Tags.Values", "parks"),
        new("HtmlBodyPart.Html", "<p>Body text</p>"),
        new("MarkdownBodyPart.Markdown", "# Heading"),
        new("AutoroutePart.Path", ""),
    ]);

    [Theory]
    [InlineData("Priority")]
    [InlineData("Initiative")]
    [InlineData("KeyMeasure")]
    [InlineData("StatusUpdate")]
    [InlineData(EditorPages.SampleType)]
    public async Task Every_types_create_and_edit_pages_render_an_editor_for_each_field(string type)
    {
        var create = await _admin.GetPageAsync($"/admin/contents/create/{type}");
        var existing = type == EditorPages.SampleType ? null : await _site.FirstAsync(type);
        var edit = existing is null ? create : await _admin.GetPageAsync(EditorPages.EditUrl(existing.ContentItemId));

        foreach (var page in new[] { create, edit })
        {
            Assert.Contains("data-content-editor", page, StringComparison.Ordinal);
            Assert.Contains("name=\"TitlePart.Title\"", page, StringComparison.Ordinal);
            Assert.Contains($"name=\"{type}.", page, StringComparison.Ordinal);
            Assert.Contains("name=\"command\" value=\"save\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_field_and_part_posted_through_the_create_form_is_stored_in_Orchards_json_shape()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);

        var item = await _site.LatestAsync(id);
        var part = item.GetPartJson("EditorSample")!;
        Assert.Equal("Sample one", item.DisplayText);
        Assert.False(item.Published);
        Assert.Equal("A line", part["Line"]!["Text"]!.GetValue<string>());
        Assert.Equal("First\nsecond", part["Notes"]!["Text"]!.GetValue<string>());
        Assert.Equal("blue", part["Choice"]!["Text"]!.GetValue<string>());
        Assert.Equal(12.5m, part["Count"]!["Value"]!.GetValue<decimal>());
        Assert.True(part["Flag"]!["Value"]!.GetValue<bool>());
        Assert.Equal(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), part["Day"]!["Value"]!.GetValue<DateTime>().ToUniversalTime());
        // Typed on Durham's clock (EDT in July), stored in UTC.
        Assert.Equal(new DateTime(2025, 7, 1, 13, 30, 0, DateTimeKind.Utc), part["When"]!["Value"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("https://durhamnc.gov/", part["Site"]!["Url"]!.GetValue<string>());
        Assert.Equal("City of Durham", part["Site"]!["Text"]!.GetValue<string>());
        Assert.Equal("_blank", part["Site"]!["Target"]!.GetValue<string>());
        Assert.Equal("<p>Hello <strong>Durham</strong></p>", part["Body"]!["Html"]!.GetValue<string>());
        Assert.Equal("Some *markdown*", part["Summary"]!["Markdown"]!.GetValue<string>());
        Assert.Equal([initiative.ContentItemId], part["Related"]!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["parks"], part["Tags"]!["Values"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("<p>Body text</p>", item.GetPartJson("HtmlBodyPart")!["Html"]!.GetValue<string>());
        Assert.Equal("# Heading", item.GetPartJson("MarkdownBodyPart")!["Markdown"]!.GetValue<string>());
        Assert.Equal("samples/sample-one", item.GetPartJson("AutoroutePart")!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_edit_page_shows_every_stored_value_in_its_editor()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));

        Assert.Contains("name=\"TitlePart.Title\" value=\"Sample one\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"EditorSample.Line.Text\" value=\"A line\"", page, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*name=\"EditorSample.Notes.Text\"[^>]*>First(&#xA;|\\n)second</textarea>", page);
        Assert.Matches("<input type=\"radio\" name=\"EditorSample.Choice.Text\" value=\"blue\" checked=\"checked\"", page);
        Assert.Contains("name=\"EditorSample.Count.Value\" value=\"12.5\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"EditorSample.Flag.Value\" value=\"true\" checked=\"checked\"", page);
        Assert.Contains("type=\"date\" id=\"EditorSample_Day_Value\" name=\"EditorSample.Day.Value\" value=\"2025-07-01\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"datetime-local\" id=\"EditorSample_When_Value\" name=\"EditorSample.When.Value\" value=\"2025-07-01T09:30\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"https://durhamnc.gov/\"", page, StringComparison.Ordinal);
        Assert.Contains("&lt;p&gt;Hello &lt;strong&gt;Durham&lt;/strong&gt;&lt;/p&gt;</textarea>", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{initiative.ContentItemId}\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Matches("name=\"EditorSample.Tags.Values\" value=\"parks\" checked=\"checked\"", page);
        Assert.Contains("<code>/samples/sample-one</code>", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/admin/assets/editors.js\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_published_initiative_saves_a_draft_while_the_published_version_stays_live()
    {
        var initiative = await _site.FirstAsync("Initiative");
        Assert.True(initiative.Published);
        var before = initiative.Text("Initiative", "Status");
        var changed = before == "On Hold" ? "In Progress" : "On Hold";

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(initiative.ContentItemId));
        Assert.Matches("<select id=\"Initiative_Status_Text\" name=\"Initiative.Status.Text\"", page);
        using var response = await _admin.PostEditAsync(initiative.ContentItemId, page, [new("Initiative.Status.Text", changed)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = await _site.LatestAsync(initiative.ContentItemId);
        var published = await _site.PublishedAsync(initiative.ContentItemId);
        Assert.False(latest.Published);
        Assert.Equal(changed, latest.Text("Initiative", "Status"));
        Assert.NotNull(published);
        Assert.Equal(before, published.Text("Initiative", "Status"));
        Assert.NotEqual(published.ContentItemVersionId, latest.ContentItemVersionId);
    }

    [Fact]
    public async Task Publish_stores_the_edit_and_makes_it_the_live_version()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);

        using var response = await _admin.SaveAsync(id, [new("EditorSample.Line.Text", "Published line")], command: "publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var published = await _site.PublishedAsync(id);
        Assert.Equal("Published line", published!.Text("EditorSample", "Line"));
    }

    [Fact]
    public async Task Unpublish_and_delete_take_the_item_off_the_site()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);
        using (var published = await _admin.SaveAsync(id, [], command: "publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        using (var unpublished = await _admin.PostWithTokenAsync($"/admin/contents/{id}/unpublish", [], SiteClient.AntiforgeryToken(page)))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        Assert.Null(await _site.PublishedAsync(id));
        using var deleted = await _admin.PostWithTokenAsync($"/admin/contents/{id}/delete", [], SiteClient.AntiforgeryToken(page));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var gone = await _admin.GetAsync(EditorPages.EditUrl(id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_markdown_preview_is_rendered_by_the_server_and_saves_nothing()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);
        var versions = await _site.CountVersionsAsync();

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        using var response = await _admin.PostEditAsync(id, page,
        [
            new("EditorSample.Summary.Markdown", "Now **bold** <script>alert(1)</script>"),
            new("editorAction", "EditorSample.Summary:preview"),
        ], command: "");
        var preview = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold</strong>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", preview, StringComparison.Ordinal);
        Assert.Contains("Now **bold** &lt;script&gt;", preview, StringComparison.Ordinal);
        Assert.Equal(versions, await _site.CountVersionsAsync());
        Assert.Equal("Some *markdown*", (await _site.LatestAsync(id)).GetPartJson("EditorSample")!["Summary"]!["Markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_custom_path_is_kept_when_the_type_allows_one()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var id = await CreateSampleAsync(initiative.ContentItemId);

        using var response = await _admin.SaveAsync(id, [new("AutoroutePart.Path", "/my/own-path/")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("my/own-path", (await _site.LatestAsync(id)).GetPartJson("AutoroutePart")!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_picker_search_answers_json_with_titles_of_the_allowed_types()
    {
        var initiative = await _site.FirstAsync("Initiative");
        var word = initiative.DisplayText!.Split(' ')[0];

        var json = JsonNode.Parse(await _admin.GetPageAsync($"/admin/content-picker?types=Initiative&q={Uri.EscapeDataString(word)}"))!.AsArray();

        Assert.NotEmpty(json);
        Assert.All(json, n => Assert.Equal("Initiative", n!["type"]!.GetValue<string>()));
        Assert.Contains(json, n => n!["id"]!.GetValue<string>() == initiative.ContentItemId);
    }

    [Fact]
    public async Task The_editor_script_is_served_from_the_bundle_built_from_npm()
    {
        using var response = await _admin.GetAsync("/admin/assets/editors.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ProseMirror", script, StringComparison.Ordinal);
    }
}
