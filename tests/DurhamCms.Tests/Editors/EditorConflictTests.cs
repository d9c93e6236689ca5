using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Editors;

/// <summary>Two people open the same item; the second save is refused with a clear message and keeps what they typed.</summary>
public sealed class EditorConflictTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { TestSite.Sqlite, true },
        { TestSite.Sqlite, false },
        { TestSite.PostgreSql, true },
        { TestSite.PostgreSql, false },
    };

    private static async Task<TestSite> StartAsync(string provider = TestSite.Sqlite)
    {
        var site = new TestSite(provider);
        await site.CreateUserAsync("erin", "Editor");
        await site.CreateUserAsync("emma", "Editor");
        return site;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_second_save_of_the_same_version_gets_a_conflict_message_and_keeps_its_text(string provider, bool published)
    {
        await using var site = await StartAsync(provider);
        using var erin = await site.SignInAsync("erin");
        using var emma = await site.SignInAsync("emma");
        var initiative = await site.FirstAsync("Initiative");
        var id = initiative.ContentItemId;
        if (!published)
        {
            // Start from a draft, so both save over the same stored version rather than each making one.
            using var draft = await erin.SaveAsync(id, [new("Initiative.LeadDepartment.Text", "Draft start")]);
        }

        var erinPage = await erin.GetPageAsync(EditorPages.EditUrl(id));
        var emmaPage = await emma.GetPageAsync(EditorPages.EditUrl(id));
        using var first = await erin.PostEditAsync(id, erinPage, [new("Initiative.LeadDepartment.Text", "Erin's department")]);
        using var second = await emma.PostEditAsync(id, emmaPage, [new("Initiative.LeadDepartment.Text", "Emma's careful rewrite")]);
        var page = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Someone else (erin) saved this item at", page, StringComparison.Ordinal);
        Assert.Contains("Nothing of yours was lost", page, StringComparison.Ordinal);
        Assert.Contains("Your text is kept below; copy what you need, reload, and apply it.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Emma&#x27;s careful rewrite\"", page, StringComparison.Ordinal);
        Assert.Equal("Erin's department", (await site.LatestAsync(id)).Text("Initiative", "LeadDepartment"));
    }

    [Fact]
    public async Task Saving_again_from_the_conflict_page_is_refused_again_until_reloaded()
    {
        await using var site = await StartAsync();
        using var erin = await site.SignInAsync("erin");
        using var emma = await site.SignInAsync("emma");
        var id = (await site.FirstAsync("Initiative")).ContentItemId;
        var emmaPage = await emma.GetPageAsync(EditorPages.EditUrl(id));
        using (var first = await erin.SaveAsync(id, [new("Initiative.LeadDepartment.Text", "Erin")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var conflict = await emma.PostEditAsync(id, emmaPage, [new("Initiative.LeadDepartment.Text", "Emma")]);
        var conflictPage = await conflict.Content.ReadAsStringAsync();
        using var again = await emma.PostEditAsync(id, conflictPage, [new("Initiative.LeadDepartment.Text", "Emma")]);
        using var reloaded = await emma.SaveAsync(id, [new("Initiative.LeadDepartment.Text", "Emma after reloading")]);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reloaded.StatusCode);
        Assert.Equal("Emma after reloading", (await site.LatestAsync(id)).Text("Initiative", "LeadDepartment"));
    }
}
