using System.Net;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Time;

/// <summary>
/// The editor's publish-later time is typed on Durham's clock, with the zone named, stored in UTC,
/// and shown back as typed; across both daylight-saving changes of 2027.
/// </summary>
public sealed class ScheduleInputTests : IAsyncLifetime
{
    private const string NoticeType = "Notice";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 15, 0, 0, TimeSpan.Zero));
    private TestSite _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new TestSite(new TestSiteOptions
        {
            Clock = _clock,
            Settings = new Dictionary<string, string?>
            {
                [ModuleCatalog.ModulesKey] = "DurhamCms.Contents, DurhamCms.Parts, DurhamCms.Users",
                ["DurhamCms:Setup:Recipe"] = NoWorkflowSiteTests.EmptyRecipe(),
            },
        });
        await _site.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(NoticeType, t => t
            .Creatable().Listable().Draftable().Versionable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart("PublishLaterPart", p => p.WithPosition("1"))));
        _admin = await _site.SignInAsync("admin", "Test-admin-password-1");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Theory]
    // 02:30 on 14 March never shows on Durham's clocks: it moves to 03:30 EDT.
    [InlineData("2027-03-14T02:30", "2027-03-14T07:30:00Z", "2027-03-14T03:30", "2027-03-14 03:30 EDT")]
    // 01:30 on 7 November shows twice: the first, still EDT.
    [InlineData("2027-11-07T01:30", "2027-11-07T05:30:00Z", "2027-11-07T01:30", "2027-11-07 01:30 EDT")]
    // An ordinary winter morning: EST.
    [InlineData("2027-02-01T09:00", "2027-02-01T14:00:00Z", "2027-02-01T09:00", "2027-02-01 09:00 EST")]
    public async Task A_publish_later_time_is_typed_in_Durham_stored_in_UTC_and_shown_back_in_Durham(string typed, string storedUtc, string shown, string stamp)
    {
        var id = await _admin.CreateAsync(NoticeType, [new("TitlePart.Title", "Library hours")]);

        using var response = await _admin.SaveAsync(id, [new("TitlePart.Title", "Library hours"), new("PublishAtUtc", typed)], command: "publish-later");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var due = DateTime.Parse(storedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var schedule = await _site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishScheduleRecord>().SingleAsync(r => r.ContentItemId == id && r.DoneUtc == null));
        Assert.Equal(due, DateTime.SpecifyKind(schedule.DueUtc, DateTimeKind.Utc));
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        Assert.Contains("Publish at (America/New_York time, optional)", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{shown}\"", page, StringComparison.Ordinal);
        Assert.Contains($"Scheduled to publish <time datetime=\"", page, StringComparison.Ordinal);
        Assert.Contains($"\">{stamp}</time>.", page, StringComparison.Ordinal);

        // The scheduler goes by the stored UTC time: not due a minute before, due at it.
        Assert.DoesNotContain(schedule.Id, await _site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().DueAsync(due.AddMinutes(-1))));
        Assert.Contains(schedule.Id, await _site.InScopeAsync(sp => sp.GetRequiredService<ScheduledPublisher>().DueAsync(due)));
    }
}
