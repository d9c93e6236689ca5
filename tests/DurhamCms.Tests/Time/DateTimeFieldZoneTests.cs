using System.Net;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Modules;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Time;

/// <summary>
/// A DateTimeField is typed and read on Durham's clock, the zone named, and stored in UTC in
/// Orchard's JSON shape (<c>"2027-03-14T07:30:00Z"</c>), across both daylight-saving changes of 2027.
/// </summary>
public sealed class DateTimeFieldZoneTests : IAsyncLifetime
{
    private const string MeetingType = "Meeting";

    private readonly TestSite _site = new(new TestSiteOptions
    {
        Settings = new Dictionary<string, string?>
        {
            [ModuleCatalog.ModulesKey] = "DurhamCms.Contents, DurhamCms.Parts, DurhamCms.Users, DurhamCms.ContentFields",
            ["DurhamCms:Setup:Recipe"] = NoWorkflowSiteTests.EmptyRecipe(),
        },
    });

    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        await _site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync(MeetingType, p => p
                .WithField("Starts", f => f.OfType("DateTimeField").WithDisplayName("Starts")));
            await definitions.AlterTypeDefinitionAsync(MeetingType, t => t
                .Creatable().Listable().Draftable().Versionable()
                .WithPart("TitlePart", p => p.WithPosition("0"))
                .WithPart(MeetingType, p => p.WithPosition("1"))
                .WithPart("AutoroutePart", p => p.WithPosition("2").WithSettings(new AutoroutePartSettings { Pattern = "meetings/{{ Model.ContentItem | display_text | slugify }}" })));
        });
        _admin = await _site.SignInAsync("admin", "Test-admin-password-1");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Theory]
    // 02:30 on 14 March never shows on Durham's clocks: it moves forward to 03:30 EDT.
    [InlineData("2027-03-14T02:30", "\"2027-03-14T07:30:00Z\"", "2027-03-14T03:30")]
    // 01:30 on 7 November shows twice: the first, still EDT.
    [InlineData("2027-11-07T01:30", "\"2027-11-07T05:30:00Z\"", "2027-11-07T01:30")]
    // Either side of the changes: EST in winter, EDT in summer.
    [InlineData("2027-02-01T09:00", "\"2027-02-01T14:00:00Z\"", "2027-02-01T09:00")]
    [InlineData("2027-07-01T09:30", "\"2027-07-01T13:30:00Z\"", "2027-07-01T09:30")]
    public async Task A_time_typed_in_Durham_is_stored_in_UTC_and_shown_back_in_Durham(string typed, string storedJson, string shown)
    {
        var id = await _admin.CreateAsync(MeetingType, [new("TitlePart.Title", "Council"), new("Meeting.Starts.Value", typed)]);

        var item = await _site.LatestAsync(id);
        Assert.Equal(storedJson, item.GetPartJson(MeetingType)!["Starts"]!["Value"]!.ToJsonString());
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        Assert.Contains($"type=\"datetime-local\" id=\"Meeting_Starts_Value\" name=\"Meeting.Starts.Value\" value=\"{shown}\"", page, StringComparison.Ordinal);
        Assert.Contains("Date and time in America/New_York time.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("in UTC", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_again_without_touching_the_time_keeps_it()
    {
        var id = await _admin.CreateAsync(MeetingType, [new("TitlePart.Title", "Council"), new("Meeting.Starts.Value", "2027-11-07T01:30")]);
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        var shown = System.Text.RegularExpressions.Regex.Match(page, "name=\"Meeting.Starts.Value\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await _admin.PostEditAsync(id, page, [new("TitlePart.Title", "Council, renamed"), new("Meeting.Starts.Value", shown)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("\"2027-11-07T05:30:00Z\"", (await _site.LatestAsync(id)).GetPartJson(MeetingType)!["Starts"]!["Value"]!.ToJsonString());
    }

    [Theory]
    [InlineData("2027-11-07T01:30", "2027-11-07T01:30:00-04:00", "November 7, 2027 1:30 AM EDT")]
    // Half past eleven on New Year's Eve is already 2028 in UTC; residents read 31 December.
    [InlineData("2027-12-31T23:30", "2027-12-31T23:30:00-05:00", "December 31, 2027 11:30 PM EST")]
    public async Task Residents_read_the_time_on_Durhams_clock_with_the_zone(string typed, string machine, string words)
    {
        var id = await _admin.CreateAsync(MeetingType, [new("TitlePart.Title", "Budget hearing"), new("Meeting.Starts.Value", typed)], command: "publish");
        Assert.True((await _site.LatestAsync(id)).Published);

        using var anonymous = _site.CreateClient();
        var html = await anonymous.GetStringAsync(new Uri("/meetings/budget-hearing", UriKind.Relative));

        Assert.Contains($"<time class=\"field-value\" datetime=\"{machine}\">{words}</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" UTC</time>", html, StringComparison.Ordinal);
    }
}
