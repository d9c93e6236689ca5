using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Editors;

/// <summary>The editor's queries (picker candidates and search, drafts of published items) on PostgreSQL too.</summary>
public sealed class EditorPostgresTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task An_item_edited_through_the_form_and_the_picker_search_work_on_postgresql()
    {
        await using var site = new TestSite(TestSite.PostgreSql);
        using var admin = await site.SignInAsync("admin", "Test-admin-password-1");
        var initiative = await site.FirstAsync("Initiative");
        var word = initiative.DisplayText!.Split(' ')[0].ToUpperInvariant();

        var found = JsonNode.Parse(await admin.GetPageAsync($"/admin/content-picker?types=Initiative&q={Uri.EscapeDataString(word)}"))!.AsArray();
        var page = await admin.GetPageAsync(EditorPages.EditUrl(initiative.ContentItemId));
        using var saved = await admin.PostEditAsync(initiative.ContentItemId, page, [new("Initiative.LeadDepartment.Text", "Neighborhood Improvement Services")]);

        Assert.Contains(found, n => n!["id"]!.GetValue<string>() == initiative.ContentItemId);
        Assert.Contains($"<option value=\"{(await site.FirstAsync("Priority")).ContentItemId}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Neighborhood Improvement Services", (await site.LatestAsync(initiative.ContentItemId)).Text("Initiative", "LeadDepartment"));
        Assert.NotNull(await site.PublishedAsync(initiative.ContentItemId));
    }
}
