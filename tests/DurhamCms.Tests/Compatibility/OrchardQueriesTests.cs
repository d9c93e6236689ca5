using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's Queries step and /api/queries/{name}: read-only, bound parameters, limits, permissions, published items only.</summary>
public sealed class OrchardQueriesTests
{
    private const string NoteType = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note",
          "Settings": { "ContentTypeSettings": { "Draftable": true } },
          "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] }
        """;

    private static TestSite NewSite(IDictionary<string, string?>? settings = null) => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.Queries", "DurhamCms.ContentFields", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
        Settings = settings,
    });

    private static Task<RecipeResult> RunAsync(TestSite site, string steps, RecipeExecutionOptions? options = null) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync($$"""{ "steps": [ {{steps}} ] }""", null, options));

    private static string Queries(params string[] queries) => $$"""{ "name": "Queries", "Queries": [ {{string.Join(",", queries)}} ] }""";

    private static string Sql(string name, string template, bool isPublic = false, bool items = false) =>
        new JsonObject { ["Source"] = "Sql", ["Name"] = name, ["Template"] = template, ["ReturnContentItems"] = items, ["Public"] = isPublic }.ToJsonString();

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<string> CreateNoteAsync(TestSite site, string text, bool publish) => site.InScopeAsync(async sp =>
    {
        var cm = sp.GetRequiredService<IContentManager>();
        var item = await cm.NewAsync("Note");
        item.DisplayText = text;
        Assert.True((await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft)).Succeeded);
        return item.ContentItemId;
    });

    [Theory]
    [InlineData("DELETE FROM ContentItems", "only a SELECT")]
    [InlineData("SELECT 1; DELETE FROM ContentItems", "more than one statement")]
    [InlineData("WITH gone AS (DELETE FROM ContentItems RETURNING 1) SELECT * FROM gone", "'DELETE'")]
    [InlineData("SELECT * INTO Copy FROM ContentItems", "'INTO'")]
    public async Task A_query_that_would_write_is_refused_naming_it(string template, string reason)
    {
        await using var site = NewSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Queries(Sql("Bad", template))));

        Assert.Contains("query 'Bad' may not be stored", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT UserName, PasswordHash FROM AspNetUsers")]
    [InlineData("SELECT query_to_xml('select * from \"AspNet' || 'Users\"', true, false, '')")]
    [InlineData("SELECT Content FROM Documents")]
    public async Task A_public_query_may_not_reach_sign_in_data_or_site_documents(string template)
    {
        await using var site = NewSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(site, Queries(Sql("Leak", template, isPublic: true))));

        Assert.Contains("a public query may not name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_is_not_public_needs_ExecuteApiAll_and_parameters_are_bound_not_spliced()
    {
        await using var site = NewSite();
        await RunAsync(site, NoteType);
        await CreateNoteAsync(site, "First", publish: true);
        await CreateNoteAsync(site, "Second", publish: true);
        await RunAsync(site, Queries(Sql("Notes", "SELECT DisplayText FROM ContentItems WHERE ContentType = @type:Note AND Published = @published:1 ORDER BY DisplayText LIMIT @limit:1")));

        var anonymous = await GetAsync(site.Client(), "/api/queries/Notes");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var byDefault = await GetAsync(admin, "/api/queries/notes");
        var two = await GetAsync(admin, "/api/queries/Notes?parameters=" + Uri.EscapeDataString("""{"limit": 2}"""));
        var injected = await GetAsync(admin, "/api/queries/Notes?parameters=" + Uri.EscapeDataString("""{"type": "Note' OR 1=1 --"}"""));
        var missing = await GetAsync(admin, "/api/queries/Nothing");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Contains("not public", anonymous.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, """[{"DisplayText":"First"}]"""), byDefault);
        Assert.Equal((HttpStatusCode.OK, """[{"DisplayText":"First"},{"DisplayText":"Second"}]"""), two);
        Assert.Equal((HttpStatusCode.OK, "[]"), injected);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task A_public_query_returning_items_answers_anyone_with_published_versions_only()
    {
        await using var site = NewSite();
        await RunAsync(site, NoteType);
        var published = await CreateNoteAsync(site, "Live", publish: true);
        await CreateNoteAsync(site, "Secret draft", publish: false);
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(published, VersionOptions.DraftRequired))!;
            draft.DisplayText = "Unpublished edit";
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
        });
        await RunAsync(site, Queries(Sql("AllNotes", "SELECT DISTINCT ContentItemId FROM ContentItems WHERE ContentType = 'Note'", isPublic: true, items: true)));

        var (status, body) = await GetAsync(site.Client(), "/api/queries/AllNotes");

        Assert.Equal(HttpStatusCode.OK, status);
        var item = Assert.Single(JsonNode.Parse(body)!.AsArray());
        Assert.Equal(("Live", published), ((string?)item!["DisplayText"], (string?)item["ContentItemId"]));
        Assert.DoesNotContain("Secret draft", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Unpublished edit", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_are_capped_and_a_query_the_database_refuses_is_a_400_naming_it()
    {
        await using var site = NewSite(new Dictionary<string, string?> { ["DurhamCms:Queries:MaxRows"] = "2" });
        await RunAsync(site, Queries(
            Sql("Counting", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT x FROM n", isPublic: true),
            Sql("Broken", "SELECT Nope FROM NoSuchTable", isPublic: true)));

        using var response = await site.Client().GetAsync("/api/queries/Counting");
        var broken = await GetAsync(site.Client(), "/api/queries/Broken");

        Assert.Equal("""[{"x":1},{"x":2}]""", await response.Content.ReadAsStringAsync());
        Assert.Equal("true", response.Headers.GetValues("X-Query-Truncated").Single());
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.Contains("The query 'Broken' failed", broken.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_running_past_its_time_limit_is_stopped()
    {
        await using var site = NewSite(new Dictionary<string, string?> { ["DurhamCms:Queries:Timeout"] = "00:00:00.200" });
        await RunAsync(site, Queries(Sql("Slow",
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) SELECT count(*) AS c FROM n", isPublic: true)));

        var (status, body) = await GetAsync(site.Client(), "/api/queries/Slow");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ran longer than 0.2 s", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orchards_blog_query_is_stored_with_a_warning_and_a_Lucene_query_with_another()
    {
        await using var site = NewSite();

        var result = await RunAsync(site, Queries(
            """{ "Source": "Sql", "Name": "RecentBlogPosts", "Template": "SELECT DocumentId FROM ContentItemIndex WHERE ContentType='BlogPost' ORDER BY CreatedUtc DESC LIMIT @limit:3", "ReturnContentItems": true }""",
            """{ "Source": "Lucene", "Name": "Search", "Index": "Search", "Template": "{ \"query\": { \"match_all\": {} } }" }"""));
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var lucene = await GetAsync(admin, "/api/queries/Search");

        Assert.Contains(result.Warnings, w => w.Contains("YesSql tables (ContentItemIndex)", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("'Search' is a Lucene query", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotImplemented, lucene.Status);
    }
}
