using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Publishing;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Editors;

/// <summary>
/// Contents stands without the Workflows module: on a host of Contents, Parts (titles) and Users (and what they
/// need) an administrator edits, saves, publishes and schedules content with the kernel's
/// direct publishing and Contents' own scheduler.
/// </summary>
public sealed class NoWorkflowSiteTests : IAsyncLifetime
{
    private const string NoticeType = "Notice";
    private const string AdminPassword = "Test-admin-password-1";

    private readonly TestSite _site = new(settings: new Dictionary<string, string?>
    {
        [ModuleCatalog.ModulesKey] = "DurhamCms.Contents, DurhamCms.Parts, DurhamCms.Users",
        ["DurhamCms:Setup:Recipe"] = EmptyRecipe(),
    });

    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        await _site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(NoticeType, t => t
            .Creatable().Listable().Draftable().Versionable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("PublishLaterPart", p => p.WithPosition("1"))));
        _admin = await _site.SignInAsync("admin", AdminPassword);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public void The_host_has_no_workflow_and_publishes_directly()
    {
        var modules = _site.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Id).ToList();

        Assert.Contains("DurhamCms.Contents", modules);
        Assert.DoesNotContain("DurhamCms.Workflows", modules);
        using var scope = _site.Scope();
        Assert.IsType<DirectPublishingPolicy>(scope.ServiceProvider.GetRequiredService<IContentPublishingPolicy>());
    }

    [Fact]
    public async Task An_administrator_saves_a_draft_then_publishes_it_from_the_editor()
    {
        var form = await _admin.GetPageAsync($"/admin/contents/create/{NoticeType}");
        Assert.Contains("name=\"command\" value=\"publish\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"publish-later\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"transition\"", form, StringComparison.Ordinal);

        var id = await _admin.CreateAsync(NoticeType, [new("TitlePart.Title", "Pool opens")]);
        Assert.Null(await _site.PublishedAsync(id));
        Assert.Equal("Pool opens", (await _site.LatestAsync(id)).DisplayText);

        using var published = await _admin.SaveAsync(id, [new("TitlePart.Title", "Pool opens on Monday")], command: "publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Pool opens on Monday", (await _site.PublishedAsync(id))?.DisplayText);
        var list = await _admin.GetPageAsync("/admin/contents?state=published");
        Assert.Contains("Pool opens on Monday", list, StringComparison.Ordinal);
        Assert.DoesNotContain("In review", list, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting-review", await _admin.GetPageAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_later_schedules_the_draft_and_the_scheduler_publishes_it_when_due()
    {
        var id = await _admin.CreateAsync(NoticeType, [new("TitlePart.Title", "Library hours")]);
        var at = DateTime.UtcNow.AddHours(1);

        using var response = await _admin.SaveAsync(id, [new("TitlePart.Title", "Library hours"), new("PublishAtUtc", DurhamCms.Time.SiteTimeZone.Find(DurhamCms.Time.SiteTimeZone.DefaultId)!.InputValue(at))], command: "publish-later");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await _site.PublishedAsync(id));
        Assert.Contains("Scheduled to publish", await _admin.GetPageAsync(EditorPages.EditUrl(id)), StringComparison.Ordinal);
        var due = new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc);
        var schedule = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().SingleAsync(r => r.ContentItemId == id && r.DoneUtc == null));
        Assert.Equal(due, schedule.DueUtc);

        // Not due before its time; due at it. Run as the background scheduler does.
        Assert.DoesNotContain(schedule.Id, await _site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().DueAsync(due.AddMinutes(-1))));
        Assert.Contains(schedule.Id, await _site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().DueAsync(due)));
        await _site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().RunAsync(schedule.Id));

        Assert.Equal("Library hours", (await _site.PublishedAsync(id))?.DisplayText);
        var done = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().AsNoTracking().SingleAsync(r => r.Id == schedule.Id));
        Assert.Equal("Published", done.Outcome);
    }

    [Fact]
    public async Task A_publish_later_time_that_is_not_a_time_or_has_passed_is_named_and_nothing_is_saved()
    {
        var id = await _admin.CreateAsync(NoticeType, [new("TitlePart.Title", "Parade route")]);

        using var soon = await _admin.SaveAsync(id, [new("TitlePart.Title", "Parade route changed"), new("PublishAtUtc", "soon")], command: "publish-later");
        var page = await soon.Content.ReadAsStringAsync();
        using var past = await _admin.SaveAsync(id, [new("TitlePart.Title", "Parade route changed"), new("PublishAtUtc", "2001-01-01T09:00")], command: "publish-later");

        Assert.Equal(HttpStatusCode.OK, soon.StatusCode);
        Assert.Contains("The publish time &#x27;soon&#x27; is not a date and time", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#PublishAtUtc\">", page, StringComparison.Ordinal);
        Assert.Contains("has passed", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Parade route", (await _site.LatestAsync(id)).DisplayText);
        Assert.Equal(0, await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().CountAsync(r => r.ContentItemId == id)));
    }

    internal static string EmptyRecipe()
    {
        var path = Path.Combine(Path.GetTempPath(), "durhamcms-tests", "empty-" + Guid.NewGuid().ToString("n") + ".recipe.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "name": "Empty", "steps": [] }""");
        return path;
    }
}
