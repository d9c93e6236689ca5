using System.Globalization;
using System.Net;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// Two people acting on one item at once, through the HTTP clients of one site: "Publish now"
/// against a save, an approval against the author's save, and two reviewers' steps against each
/// other. Whoever loses the race gets the editor's 409 conflict page, never a 500; and every
/// other answer is a step that was really taken (the log holds one entry per redirect).
/// </summary>
public sealed class ConcurrentStepsStormTests(ITestOutputHelper output)
{
    private const int Iterations = 50;

    [Theory]
    [Trait("Category", "PostgreSql")]
    [Trait("Category", "Slow")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Publish_now_against_a_save_never_answers_500(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Storm.");
        using var publisher = await site.SignInAsync("erin");
        using var saver = await site.SignInAsync("erin");
        var token = SiteClient.AntiforgeryToken(await publisher.GetPageAsync(EditorPages.EditUrl(id)));
        var tally = new StormTally();

        async Task PublishAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                await tally.RecordAsync("publish", () => publisher.PostWithTokenAsync($"/admin/contents/{id}/publish", [], token));
            }
        }

        async Task SaveAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                if (await tally.OpenAsync(saver, EditorPages.EditUrl(id)) is not { } page)
                {
                    continue;
                }

                var period = "FY2019 Q" + (i % 4 + 1).ToString(CultureInfo.InvariantCulture);
                await tally.RecordAsync("save", () => saver.PostEditAsync(id, page, [new("StatusUpdate.Period.Text", period)]));
            }
        }

        await Task.WhenAll(Task.Run(PublishAsync), Task.Run(SaveAsync));

        output.WriteLine($"{provider}: {tally.Summary}");
        tally.AssertNoServerErrors();
        tally.AssertConflictsAreThePage();
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [Trait("Category", "Slow")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Approve_against_the_authors_save_and_resubmit_never_answers_500_and_the_loser_gets_409(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Storm.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        using var reviewer = await site.SignInAsync("erin");
        using var author = await site.SignInAsync("alice");
        var token = SiteClient.AntiforgeryToken(await reviewer.GetPageAsync("/admin/review"));
        var tally = new StormTally();

        async Task ReviewAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                await tally.StepAsync("erin", reviewer, site, id, token, ("InReview", "Approve"), ("Approved", "SendBackToReview"));
            }
        }

        async Task SaveAndResubmitAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                if (await tally.OpenAsync(author, EditorPages.EditUrl(id)) is not { } page)
                {
                    continue;
                }

                var period = "FY2019 Q" + (i % 4 + 1).ToString(CultureInfo.InvariantCulture);
                await tally.RecordAsync("alice:Submit", () => author.PostEditAsync(id, page, [new("StatusUpdate.Period.Text", period), new("transition", "Submit")], command: ""));
            }
        }

        await Task.WhenAll(Task.Run(ReviewAsync), Task.Run(SaveAndResubmitAsync));

        output.WriteLine($"{provider}: {tally.Summary}");
        tally.AssertNoServerErrors();
        tally.AssertConflictsAreThePage();
        await tally.AssertEveryRedirectWasAStepTakenAsync(site, id);
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [Trait("Category", "Slow")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Two_reviewers_stepping_at_once_never_get_500_and_the_loser_gets_409(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        await site.CreateUserAsync("frank", "Editor");
        var id = await site.NewUpdateAsync("alice", "Storm.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        using var erin = await site.SignInAsync("erin");
        using var frank = await site.SignInAsync("frank");
        var erinToken = SiteClient.AntiforgeryToken(await erin.GetPageAsync("/admin/review"));
        var frankToken = SiteClient.AntiforgeryToken(await frank.GetPageAsync("/admin/review"));
        var tally = new StormTally();

        async Task StepsAsync(string user, SiteClient client, string? token)
        {
            for (var i = 0; i < Iterations; i++)
            {
                await tally.StepAsync(user, client, site, id, token, ("InReview", "Approve"), ("Approved", "SendBackToReview"));
            }
        }

        await Task.WhenAll(Task.Run(() => StepsAsync("erin", erin, erinToken)), Task.Run(() => StepsAsync("frank", frank, frankToken)));

        output.WriteLine($"{provider}: {tally.Summary}");
        tally.AssertNoServerErrors();
        tally.AssertConflictsAreThePage();
        await tally.AssertEveryRedirectWasAStepTakenAsync(site, id);
        Assert.True(tally.Conflicts > 0 || tally.Redirects("erin:") + tally.Redirects("frank:") == 2 * Iterations, tally.Summary);
    }

    /// <summary>What a storm's requests answered, by who and what.</summary>
    private sealed class StormTally
    {
        private readonly List<string> _failures = [];
        private readonly List<string> _badConflicts = [];
        private readonly Dictionary<string, int> _redirects = [];
        private readonly Dictionary<string, int> _others = [];

        public int Conflicts { get; private set; }

        public string Summary
        {
            get
            {
                lock (_failures)
                {
                    return $"{_failures.Count} answers of 500 or worse, {Conflicts} of 409, redirects {string.Join(", ", _redirects.Select(r => $"{r.Key}={r.Value}"))}, other answers {string.Join(", ", _others.Select(r => $"{r.Key}={r.Value}"))}";
                }
            }
        }

        public int Redirects(string prefix)
        {
            lock (_failures)
            {
                return _redirects.Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(r => r.Value);
            }
        }

        /// <summary>Reads where the item stands and takes the step offered for it from the review queue's form.</summary>
        public async Task StepAsync(string user, SiteClient client, TestSite site, string id, string? token, params (string State, string Transition)[] steps)
        {
            var state = (await site.StatusAsync(id))?.State;
            var stamp = (await site.LatestAsync(id)).VersionStamp.ToString(CultureInfo.InvariantCulture);
            if (steps.FirstOrDefault(s => s.State == state) is not { Transition: { } transition })
            {
                return;
            }

            await RecordAsync($"{user}:{transition}", () => client.PostWithTokenAsync($"/admin/contents/{id}/transition",
                [new("transition", transition), new("versionStamp", stamp), new("workflowState", state!), new("TransitionComment", $"{user} storm"), new("returnUrl", "/admin/review")],
                token));
        }

        public async Task<string?> OpenAsync(SiteClient client, string url)
        {
            using var opened = await client.GetAsync(url);
            var page = await opened.Content.ReadAsStringAsync();
            if (opened.StatusCode < HttpStatusCode.InternalServerError)
            {
                return page;
            }

            lock (_failures)
            {
                _failures.Add($"open: {(int)opened.StatusCode}");
            }

            return null;
        }

        public async Task RecordAsync(string what, Func<Task<HttpResponseMessage>> send)
        {
            try
            {
                using var response = await send();
                var body = await response.Content.ReadAsStringAsync();
                lock (_failures)
                {
                    if (response.StatusCode >= HttpStatusCode.InternalServerError)
                    {
                        _failures.Add($"{what}: {(int)response.StatusCode}");
                    }
                    else if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        Conflicts++;
                        if (!body.Contains("Nothing of yours was lost", StringComparison.Ordinal))
                        {
                            _badConflicts.Add(what);
                        }
                    }
                    else if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        _redirects[what] = _redirects.GetValueOrDefault(what) + 1;
                    }
                    else
                    {
                        _others[what] = _others.GetValueOrDefault(what) + 1;
                    }
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The test server rethrows what the app did not handle: that is a 500 to a browser.
                lock (_failures)
                {
                    _failures.Add($"{what}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
                }
            }
        }

        public void AssertNoServerErrors() =>
            Assert.True(_failures.Count == 0, $"{Summary}: {string.Join("; ", _failures.Take(5))}");

        public void AssertConflictsAreThePage() =>
            Assert.True(_badConflicts.Count == 0, $"{_badConflicts.Count} answers of 409 without the conflict page: {string.Join("; ", _badConflicts.Take(5))}");

        /// <summary>
        /// Every step was posted for the state the item was read in, so each one either was taken
        /// (a redirect, and an entry in the log) or lost a race (409): a redirect that took no step
        /// is a loser sent away with a notice instead of the conflict page.
        /// </summary>
        public async Task AssertEveryRedirectWasAStepTakenAsync(TestSite site, string id)
        {
            Assert.True(_others.Count == 0, $"answers neither taken nor 409: {Summary}");
            var log = await site.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
            foreach (var (what, count) in _redirects)
            {
                var (user, transition) = (what.Split(':')[0], what.Split(':')[1]);
                var taken = log.Count(e => e.UserName == user && e.Transition == transition);
                // The seeding Submit is alice's too.
                var expected = user == "alice" && transition == "Submit" ? count + 1 : count;
                Assert.True(taken == expected, $"{what}: {count} redirects but {taken} steps in the log ({Summary})");
            }
        }
    }
}
