using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>
/// The query guard on PostgreSQL: the text check cannot know every function that writes, so the
/// read-only transaction must refuse what slips past it, and statement_timeout must stop a long query.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class OrchardQueriesPostgreSqlTests
{
    private static TestSite NewSite(IDictionary<string, string?>? settings = null) => new(new TestSiteOptions
    {
        Provider = TestSite.PostgreSql,
        Modules = ["DurhamCms.Queries", "DurhamCms.ContentFields", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
        Settings = settings,
    });

    private static Task<RecipeResult> StoreAsync(TestSite site, string name, string template, bool isPublic = false, bool items = false)
    {
        var query = new JsonObject { ["Source"] = "Sql", ["Name"] = name, ["Template"] = template, ["ReturnContentItems"] = items, ["Public"] = isPublic };
        return site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(
            $$"""{ "steps": [ { "name": "Queries", "Queries": [ {{query.ToJsonString()}} ] } ] }""", null, null));
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_function_that_writes_slips_past_the_text_check_but_the_read_only_transaction_refuses_it()
    {
        // nextval is not undone by a rollback: only the read-only transaction keeps the sequence where it was.
        const string Sequence = "SELECT last_value AS \"Value\" FROM \"ContentItems_Id_seq\"";
        await using var site = NewSite();
        await StoreAsync(site, "Sequence", "SELECT nextval(pg_get_serial_sequence('\"ContentItems\"', 'Id')) AS id");
        var before = await LastValueAsync(site, Sequence);

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var (status, body) = await GetAsync(admin, "/api/queries/Sequence");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("read-only transaction", body, StringComparison.Ordinal);
        Assert.Equal(before, await LastValueAsync(site, Sequence));
    }

    private static Task<long> LastValueAsync(TestSite site, string sql) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Database.SqlQueryRaw<long>(sql).SingleAsync());

    [Fact]
    public async Task A_query_running_past_its_time_limit_is_stopped_by_PostgreSql()
    {
        await using var site = NewSite(new Dictionary<string, string?> { ["DurhamCms:Queries:Timeout"] = "00:00:00.300" });
        await StoreAsync(site, "Sleepy", "SELECT pg_sleep(30) AS slept");

        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
        var (status, body) = await GetAsync(admin, "/api/queries/Sleepy");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ran longer than 0.3 s", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_query_in_PostgreSqls_quoted_names_answers_published_versions_only()
    {
        await using var site = NewSite();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync("""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note",
              "Settings": { "ContentTypeSettings": { "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ] } ] }
            """, null, null));
        var published = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var live = await cm.NewAsync("Note");
            live.DisplayText = "Live";
            Assert.True((await cm.CreateAsync(live, VersionOptions.Published)).Succeeded);
            var secret = await cm.NewAsync("Note");
            secret.DisplayText = "Secret draft";
            Assert.True((await cm.CreateAsync(secret, VersionOptions.Draft)).Succeeded);
            return live.ContentItemId;
        });
        await StoreAsync(site, "AllNotes", "SELECT DISTINCT \"ContentItemId\" FROM \"ContentItems\" WHERE \"ContentType\" = 'Note'", isPublic: true, items: true);

        var (status, body) = await GetAsync(site.Client(), "/api/queries/AllNotes");

        Assert.Equal(HttpStatusCode.OK, status);
        var item = Assert.Single(JsonNode.Parse(body)!.AsArray());
        Assert.Equal(("Live", published), ((string?)item!["DisplayText"], (string?)item["ContentItemId"]));
        Assert.DoesNotContain("Secret draft", body, StringComparison.Ordinal);
    }
}
