using System.Net;
using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Editors;

/// <summary>
/// The editor's side of the workflow contract, against a recording workflow: transitions replace
/// Publish, the comment and schedule travel with them, and ApplyAsync runs after the save.
/// </summary>
public sealed class EditorWorkflowTests : IAsyncLifetime
{
    private readonly RecordingWorkflow _workflow = new();
    private TestSite _host = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _host = new TestSite(new TestSiteOptions { Services = s => s.AddSingleton<IEditorialWorkflow>(_workflow) });
        _admin = new SiteClient(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var signIn = await _admin.PostFormAsync("/login", [new("UserName", "admin"), new("Password", "Test-admin-password-1")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<ContentItem> UpdateAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().ListAsync("StatusUpdate", VersionOptions.Latest))[0];
    }

    private async Task<ContentItem> LatestAsync(string id)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
    }

    [Fact]
    public async Task A_type_under_the_workflow_shows_its_transitions_comment_and_schedule_instead_of_publish()
    {
        var update = await UpdateAsync();

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(update.ContentItemId));

        Assert.Contains("<button type=\"submit\" name=\"transition\" value=\"Submit\">Submit for review</button>", page, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"transition\" value=\"Approve\">Approve</button>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"command\" value=\"publish\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"TransitionComment\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"datetime-local\" id=\"PublishAtUtc\" name=\"PublishAtUtc\"", page, StringComparison.Ordinal);
        Assert.Contains("Please add this quarter&#x27;s numbers", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transition_saves_first_then_goes_to_the_workflow_with_its_comment_and_its_Durham_time_as_utc()
    {
        var update = await UpdateAsync();

        using var response = await _admin.SaveAsync(update.ContentItemId,
            [new("StatusUpdate.Period.Text", "FY2019 Q1"), new("transition", "Approve"), new("TransitionComment", " Looks good "), new("PublishAtUtc", "2031-01-02T03:04")], command: "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (item, request) = Assert.Single(_workflow.Applied);
        Assert.Equal("FY2019 Q1", item.Text("StatusUpdate", "Period"));
        Assert.Equal((await LatestAsync(update.ContentItemId)).ContentItemVersionId, item.ContentItemVersionId);
        Assert.Equal("Approve", request.Transition);
        Assert.Equal("Looks good", request.Comment);
        // 03:04 on a January night in Durham (EST, UTC-5).
        Assert.Equal(new DateTime(2031, 1, 2, 8, 4, 0, DateTimeKind.Utc), request.PublishAtUtc);
        Assert.Equal(DateTimeKind.Utc, request.PublishAtUtc!.Value.Kind);
    }

    [Fact]
    public async Task A_refused_transition_keeps_the_saved_draft_and_the_comment_and_says_why()
    {
        var update = await UpdateAsync();

        using var response = await _admin.SaveAsync(update.ContentItemId,
            [new("StatusUpdate.Period.Text", "FY2019 Q2"), new("transition", "Reject"), new("TransitionComment", "my comment")], command: "");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your changes were saved as a draft, but the step was not taken: You may not reject this.", page, StringComparison.Ordinal);
        Assert.Contains(">my comment</textarea>", page, StringComparison.Ordinal);
        Assert.Equal("FY2019 Q2", (await LatestAsync(update.ContentItemId)).Text("StatusUpdate", "Period"));
    }

    [Fact]
    public async Task A_publish_time_that_is_not_a_time_is_named_and_nothing_is_saved_or_sent()
    {
        var update = await UpdateAsync();

        using var response = await _admin.SaveAsync(update.ContentItemId,
            [new("StatusUpdate.Period.Text", "FY2019 Q3"), new("transition", "Approve"), new("PublishAtUtc", "soon")], command: "");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The publish time &#x27;soon&#x27; is not a date and time", page, StringComparison.Ordinal);
        Assert.Empty(_workflow.Applied);
        Assert.NotEqual("FY2019 Q3", (await LatestAsync(update.ContentItemId)).Text("StatusUpdate", "Period"));
    }

    private sealed class RecordingWorkflow : IEditorialWorkflow
    {
        public List<(ContentItem Item, TransitionRequest Request)> Applied { get; } = [];

        public Task<bool> AppliesToAsync(string contentType) => Task.FromResult(contentType == "StatusUpdate");

        public Task<EditorialStatus?> GetStatusAsync(ContentItem item) =>
            Task.FromResult<EditorialStatus?>(new EditorialStatus("ChangesRequested", "Changes requested") { LastComment = "Please add this quarter's numbers", LastCommentBy = "erin" });

        public Task<IReadOnlyDictionary<string, EditorialStatus>> GetStatusesAsync(IEnumerable<string> contentItemIds) =>
            Task.FromResult<IReadOnlyDictionary<string, EditorialStatus>>(new Dictionary<string, EditorialStatus>());

        public Task<IReadOnlyList<string>> ListInStateAsync(string state, int take = 100) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task<IReadOnlyList<EditorialTransition>> GetTransitionsAsync(ContentItem item, ClaimsPrincipal user) =>
            Task.FromResult<IReadOnlyList<EditorialTransition>>(
            [
                new("Submit", "Submit for review", "InReview"),
                new("Approve", "Approve", "Approved") { CanSchedule = true },
            ]);

        public Task<TransitionResult> ApplyAsync(ContentItem item, TransitionRequest request, ClaimsPrincipal user)
        {
            if (request.Transition == "Reject")
            {
                return Task.FromResult(TransitionResult.Refused("You may not reject this."));
            }

            Applied.Add((item, request));
            return Task.FromResult(new TransitionResult(true, Status: new EditorialStatus("Approved", "Approved")));
        }
    }
}
