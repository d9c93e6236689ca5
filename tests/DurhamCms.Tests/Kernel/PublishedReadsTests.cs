using System.Net.Http.Headers;
using System.Text.Json;
using DurhamCms.Caching;
using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.OpenData;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Tests.Kernel;

/// <summary>
/// Published reads kept across anonymous requests. What is kept is proved by changing a row behind
/// the CMS's back (as a stale cache would hide it); that a change through the CMS shows at once is
/// proved by a publish or a save right after. Pages are rendered every time here (the page cache is
/// off), so what these tests see is the read cache alone.
/// </summary>
public sealed class PublishedReadsTests
{
    private const string Path = "/initiatives/3-72-test-kept-reads";

    private static readonly Dictionary<string, string?> PageCacheOff = new() { ["DurhamCms:PageCache:Enabled"] = "false" };

    [Fact]
    public async Task An_anonymous_render_keeps_what_it_read_until_a_publish_evicts_it()
    {
        await using var site = new TestSite(settings: PageCacheOff);
        var initiative = await InitiativeAsync(site, "Alpha marker");
        var client = site.CreateClient();

        var first = await client.GetAsync(Path);
        await OutputCacheTests.ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");
        var kept = await client.GetStringAsync(Path);
        await OutputCacheTests.PublishDescriptionAsync(site, initiative.ContentItemId, "<p>Charlie marker</p>");
        var afterPublish = await client.GetStringAsync(Path);

        Assert.Null(first.Headers.Age);   // rendered, not the page cache
        Assert.Contains("Alpha marker", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Alpha marker", kept, StringComparison.Ordinal);
        Assert.Contains("Charlie marker", afterPublish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_credentials_reads_the_database()
    {
        await using var site = new TestSite(settings: PageCacheOff);
        var initiative = await InitiativeAsync(site, "Alpha marker");
        var client = site.CreateClient();
        await client.GetStringAsync(Path);
        await OutputCacheTests.ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");

        using var withToken = new HttpRequestMessage(HttpMethod.Get, Path);
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "some-token");
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, Path);
        withCookie.Headers.Add("Cookie", ".AspNetCore.Identity.Application=some-ticket");

        Assert.Contains("Bravo marker", await (await client.SendAsync(withToken)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Bravo marker", await (await client.SendAsync(withCookie)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Alpha marker", await client.GetStringAsync(Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turned_off_every_render_reads_the_database()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?>(PageCacheOff) { ["DurhamCms:PublishedReads:Enabled"] = "false" });
        var initiative = await InitiativeAsync(site, "Alpha marker");
        var client = site.CreateClient();
        await client.GetStringAsync(Path);

        await OutputCacheTests.ReplaceBehindTheContentManagerAsync(site, initiative.ContentItemId, "Alpha marker", "Bravo marker");

        Assert.Contains("Bravo marker", await client.GetStringAsync(Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_published_under_an_initiative_joins_its_page_at_once()
    {
        await using var site = new TestSite(settings: PageCacheOff);
        var initiative = await InitiativeAsync(site, "Alpha marker");
        var client = site.CreateClient();
        var before = await client.GetStringAsync(Path);

        // The page's list of measures is kept by the measure type's tag, not the initiative's.
        await site.MeasureAsync(initiative.ContentItemId, "Test kept-reads measure");

        Assert.DoesNotContain("Test kept-reads measure", before, StringComparison.Ordinal);
        Assert.Contains("Test kept-reads measure", await client.GetStringAsync(Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_kept_for_anonymous_reads_until_it_is_saved()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync(NoteKey, new Note { Text = "one" }));

        var first = await AnonymousReadAsync(site, sp => sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey));
        await site.InScopeAsync(sp => WriteBehindTheStoreAsync(sp.GetRequiredService<DurhamDbContext>(), "two"));
        var kept = await AnonymousReadAsync(site, sp => sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey));
        var outsideARequest = await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey));
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync(NoteKey, new Note { Text = "three" }));
        var afterSave = await AnonymousReadAsync(site, sp => sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey));

        Assert.Equal("one", first!.Text);
        Assert.Equal("one", kept!.Text);
        Assert.Equal("two", outsideARequest!.Text);
        Assert.Equal("three", afterSave!.Text);
    }

    [Fact]
    public async Task A_read_inside_a_transaction_is_not_kept()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        await site.InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().SaveAsync(NoteKey, new Note { Text = "one" }));

        var inTransaction = await AnonymousReadAsync(site, async sp =>
        {
            await using var transaction = await sp.GetRequiredService<DurhamDbContext>().Database.BeginTransactionAsync();
            var read = await sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey);
            await transaction.CommitAsync();
            return read;
        });
        await site.InScopeAsync(sp => WriteBehindTheStoreAsync(sp.GetRequiredService<DurhamDbContext>(), "two"));
        var afterwards = await AnonymousReadAsync(site, sp => sp.GetRequiredService<IDocumentStore>().FindAsync<Note>(NoteKey));

        Assert.Equal("one", inTransaction!.Text);
        Assert.Equal("two", afterwards!.Text);
    }

    [Fact]
    public void A_read_changed_while_it_ran_is_not_kept()
    {
        using var cache = NewCache();
        string[] tags = [PageCacheTags.ForItem("a")];

        var stamp = cache.Take(tags);
        cache.Invalidate(tags);   // a commit lands while the read is on its way
        cache.Set("item:a", "old text", stamp, 10);

        Assert.False(cache.TryGet<string>("item:a", out _));
    }

    [Fact]
    public void Invalidating_one_item_keeps_the_others_and_everything_drops_them_all()
    {
        using var cache = NewCache();
        cache.Set("item:a", "a", cache.Take([PageCacheTags.ForItem("a")]), 10);
        cache.Set("item:b", "b", cache.Take([PageCacheTags.ForItem("b")]), 10);

        cache.Invalidate([PageCacheTags.ForItem("a")]);
        var aAfterItsChange = cache.TryGet<string>("item:a", out _);
        var bAfterAsChange = cache.TryGet<string>("item:b", out var b);
        cache.InvalidateAll();

        Assert.False(aAfterItsChange);
        Assert.True(bAfterAsChange);
        Assert.Equal("b", b);
        Assert.False(cache.TryGet<string>("item:b", out _));
    }

    [Fact]
    public async Task A_change_too_large_to_name_goes_to_the_other_nodes_as_everything()
    {
        using var cache = NewCache();
        var bus = new RecordingBus();
        var eviction = new PublishedReadsEviction(cache, bus);
        cache.Set("kept", "x", cache.Take([PageCacheTags.ForItem("unrelated")]), 10);

        await eviction.EvictAsync([PageCacheTags.ForItem("a"), PageCacheTags.Site]);
        await eviction.EvictAsync(Enumerable.Range(0, 501).Select(i => PageCacheTags.ForItem("item" + i)).ToList());

        Assert.Equal([(ClusterChannels.PublishedReads, "content-item:a\ncontent"), (ClusterChannels.PublishedReads, "*")], bus.Sent);
        Assert.False(cache.TryGet<string>("kept", out _));
    }

    [Fact]
    public async Task A_node_that_cannot_hear_the_others_keeps_nothing_and_forgets_what_it_had()
    {
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        using var cache = NewCache();
        var bus = new RecordingBus();
        var reads = 0;
        Task<string> ReadAsync() => Task.FromResult("read " + ++reads);

        await AnonymousReadAsync(site, async sp =>
        {
            var published = new PublishedReads(cache, sp.GetRequiredService<DurhamDbContext>(), bus, sp.GetRequiredService<IHttpContextAccessor>());
            await published.GetAsync("k", ["t"], ReadAsync, _ => 10);
            var keptWhileConnected = await published.GetAsync("k", ["t"], ReadAsync, _ => 10);
            bus.IsConnected = false;
            var whileDisconnected = await published.GetAsync("k", ["t"], ReadAsync, _ => 10);
            bus.IsConnected = true;
            var afterReconnect = await published.GetAsync("k", ["t"], ReadAsync, _ => 10);

            Assert.Equal("read 1", keptWhileConnected);
            Assert.Equal("read 2", whileDisconnected);
            Assert.Equal("read 3", afterReconnect);   // not "read 1": what was kept before may be stale
            return 0;
        });
    }

    private const string NoteKey = "PublishedReadsNote";

    private sealed class Note
    {
        public string Text { get; set; } = "";
    }

    private sealed class RecordingBus : IClusterBus
    {
        public List<(string Channel, string Payload)> Sent { get; } = [];

        public bool IsConnected { get; set; } = true;

        public Task PublishAsync(string channel, string payload = "", CancellationToken cancellationToken = default)
        {
            Sent.Add((channel, payload));
            return Task.CompletedTask;
        }

        public IDisposable Subscribe(string channel, Func<string, Task> handler) => throw new NotSupportedException();
    }

    private static PublishedReadCache NewCache() =>
        new(Options.Create(new PublishedReadCacheOptions()), Options.Create(new PageCacheOptions()));

    /// <summary>A scope as an anonymous resident's GET would have it: the request is what the cache asks about.</summary>
    private static async Task<T> AnonymousReadAsync<T>(TestSite site, Func<IServiceProvider, Task<T>> read)
    {
        var accessor = site.Services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { Request = { Method = HttpMethods.Get } };
        try
        {
            return await site.InScopeAsync(read);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private static Task<int> WriteBehindTheStoreAsync(DurhamDbContext db, string text)
    {
        var json = JsonSerializer.Serialize(new Note { Text = text }, ContentJson.Options);
        return db.Documents.Where(d => d.Key == NoteKey).ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, json));
    }

    private static async Task<ContentItem> InitiativeAsync(TestSite site, string marker)
    {
        var initiative = await site.InitiativeAsync("3.72", "Test kept reads");
        await OutputCacheTests.PublishDescriptionAsync(site, initiative.ContentItemId, $"<p>{marker}</p>");
        return initiative;
    }
}
