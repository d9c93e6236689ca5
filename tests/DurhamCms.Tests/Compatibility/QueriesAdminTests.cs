using System.Net;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Compatibility;

/// <summary>/admin/queries: list, add, edit and run stored queries; what import refuses, the form refuses too; ManageQueries only.</summary>
public sealed class QueriesAdminTests
{
    private static TestSite NewSite() => new(new TestSiteOptions
    {
        Modules = ["DurhamCms.Queries", "DurhamCms.ContentFields", "DurhamCms.Users"],
        SkipDurhamRecipe = true,
    });

    private static KeyValuePair<string, string>[] Form(string name, string template, string? original = null, bool isPublic = false) =>
    [
        new("OriginalName", original ?? ""), new("Name", name), new("Source", "Sql"), new("Index", ""), new("Template", template),
        .. isPublic ? new KeyValuePair<string, string>[] { new("Public", "true") } : [],
    ];

    [Fact]
    public async Task An_admin_adds_a_query_sees_a_writing_one_refused_renames_it_and_runs_it_with_parameters()
    {
        await using var site = NewSite();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync("""
            { "steps": [ { "name": "Queries", "Queries": [ { "Source": "Sql", "Name": "FromRecipe", "Template": "SELECT 1 AS one", "Schema": "kept" } ] } ] }
            """, null, null));
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        var list = await admin.GetPageAsync("/admin/queries");
        using var refused = await admin.PostFormAsync("/admin/queries/edit", Form("Wipe", "DELETE FROM ContentItems"));
        var refusedPage = await refused.Content.ReadAsStringAsync();
        using var saved = await admin.PostFormAsync("/admin/queries/edit", Form("Numbers", "SELECT @n:2 + 1 AS answer"));
        using var renamed = await admin.PostFormAsync("/admin/queries/edit?name=Numbers", Form("Sums", "SELECT @n:2 + 1 AS answer", original: "Numbers", isPublic: true));
        var run = await admin.GetPageAsync("/admin/queries/run?name=Sums&parameters=" + Uri.EscapeDataString("""{"n": 40}"""));
        using var api = await site.Client().GetAsync("/api/queries/Sums");
        using var gone = await site.Client().GetAsync("/api/queries/Numbers");
        var edited = await admin.GetPageAsync("/admin/queries/edit?name=FromRecipe");

        Assert.Contains("FromRecipe", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The query &#x27;Wipe&#x27; was not saved: only a SELECT", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("<td>41</td>", run, StringComparison.Ordinal);
        Assert.Equal("""[{"answer":3}]""", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("SELECT 1 AS one", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_in_the_admin_without_ManageQueries_is_refused_the_page()
    {
        await using var site = NewSite();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync("""
            { "steps": [ { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "AccessAdminPanel", "ExecuteApiAll" ] } ] } ] }
            """, null, null));
        await site.CreateUserAsync("erin", "Editor");
        using var erin = await site.SignInAsync("erin");

        using var response = await erin.GetAsync("/admin/queries");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
            $"{(int)response.StatusCode} {response.Headers.Location}");
    }
}
