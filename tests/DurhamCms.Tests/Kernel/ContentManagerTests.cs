using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Kernel;

/// <summary>Orchard's versioning semantics, held on SQLite and on PostgreSQL alike.</summary>
public sealed class ContentManagerTests
{
    public static TheoryData<string> Databases => TestSite.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Editing_a_published_item_makes_a_draft_while_the_published_version_stays_live(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        var id = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Budget", "first text");
            Assert.True((await cm.CreateAsync(item, VersionOptions.Published)).Succeeded);
            return item.ContentItemId;
        });

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(id, VersionOptions.DraftRequired))!;
            Assert.False(draft.Published);
            draft.SetBody("second text");
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
        });

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            Assert.Equal("first text", (await cm.GetAsync(id, VersionOptions.Published))!.Body());
            var latest = (await cm.GetAsync(id, VersionOptions.Latest))!;
            Assert.Equal("second text", latest.Body());
            Assert.False(latest.Published);

            await cm.PublishAsync(latest);
        });

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            Assert.Equal("second text", (await cm.GetAsync(id, VersionOptions.Published))!.Body());
            var versions = await cm.ListVersionsAsync(id);
            Assert.Equal(2, versions.Count);
            Assert.False(versions[0].Published);
            Assert.False(versions[0].Latest);
            Assert.True(versions[1].Published);
            Assert.True(versions[1].Latest);
        });
    }

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Restoring_an_old_version_makes_a_new_draft_and_keeps_history(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Parks", "version one");
            await cm.CreateAsync(item, VersionOptions.Published);
            var draft = (await cm.GetAsync(item.ContentItemId, VersionOptions.DraftRequired))!;
            draft.SetBody("version two");
            await cm.UpdateAsync(draft);
            await cm.PublishAsync(draft);

            var firstVersionId = (await cm.ListVersionsAsync(item.ContentItemId))[0].ContentItemVersionId;
            var restored = await cm.RestoreAsync(firstVersionId);

            Assert.Equal("version one", restored.Body());
            Assert.NotEqual(firstVersionId, restored.ContentItemVersionId);
            Assert.True(restored.Latest);
            Assert.False(restored.Published);
            Assert.Equal("version two", (await cm.GetAsync(item.ContentItemId, VersionOptions.Published))!.Body());
            Assert.Equal(3, (await cm.ListVersionsAsync(item.ContentItemId)).Count);
        });
    }

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Unpublish_takes_an_item_off_the_site_and_remove_takes_it_out_of_the_latest_list(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Transit", "text");
            await cm.CreateAsync(item, VersionOptions.Published);

            await cm.UnpublishAsync(item);
            Assert.Null(await cm.GetAsync(item.ContentItemId, VersionOptions.Published));
            var latest = (await cm.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            Assert.False(latest.Published);
            Assert.DoesNotContain(await cm.ListAsync("Article"), i => i.ContentItemId == item.ContentItemId);

            await cm.RemoveAsync(latest);
            Assert.Null(await cm.GetAsync(item.ContentItemId, VersionOptions.Latest));
            Assert.Single(await cm.ListVersionsAsync(item.ContentItemId));
        });
    }

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_save_over_a_version_changed_since_it_was_read_is_a_conflict_and_loses_nothing(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        var id = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Housing", "original");
            await cm.CreateAsync(item, VersionOptions.Draft);
            return item.ContentItemId;
        });

        // Two editors open the same draft.
        await using var alice = site.Scope();
        await using var bob = site.Scope();
        var aliceCopy = (await alice.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
        var bobCopy = (await bob.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;

        aliceCopy.SetBody("Alice's words");
        Assert.True((await alice.ServiceProvider.GetRequiredService<IContentManager>().UpdateAsync(aliceCopy)).Succeeded);

        bobCopy.SetBody("Bob's words");
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => bob.ServiceProvider.GetRequiredService<IContentManager>().UpdateAsync(bobCopy));
        Assert.Contains(id, conflict.Message, StringComparison.Ordinal);

        await site.InScopeAsync(async sp =>
        {
            var stored = (await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!;
            Assert.Equal("Alice's words", stored.Body());
            Assert.Single(await sp.GetRequiredService<IContentManager>().ListVersionsAsync(id));
        });
    }

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Clone_makes_a_new_draft_item_with_the_same_parts(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Original", "shared text");
            await cm.CreateAsync(item, VersionOptions.Published);

            var clone = await cm.CloneAsync(item);

            Assert.NotEqual(item.ContentItemId, clone.ContentItemId);
            Assert.True(IdGenerator.IsValid(clone.ContentItemId));
            Assert.Equal("shared text", (await cm.GetAsync(clone.ContentItemId, VersionOptions.Latest))!.Body());
            Assert.Null(await cm.GetAsync(clone.ContentItemId, VersionOptions.Published));
        });
    }

    [Theory]
    [MemberData(nameof(Databases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Import_keeps_ids_and_a_second_import_of_the_same_version_overwrites_it(string database)
    {
        await using var site = new TestSite(database);
        await site.DefineArticleAsync();
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = ContentItem.FromJson("""
                { "ContentItemId": "4bxk1w9z0m2n3p5q6r7s8t9v0w", "ContentItemVersionId": "5bxk1w9z0m2n3p5q6r7s8t9v0w",
                  "ContentType": "Article", "DisplayText": "Imported", "Latest": true, "Published": true,
                  "Article": { "Body": { "Text": "from a recipe" } } }
                """);
            Assert.True((await cm.ImportAsync(item)).Succeeded);
            var again = ContentItem.FromJson(item.ToJsonString());
            again.SetBody("changed");
            Assert.True((await cm.ImportAsync(again)).Succeeded);

            var stored = (await cm.GetAsync("4bxk1w9z0m2n3p5q6r7s8t9v0w"))!;
            Assert.Equal("5bxk1w9z0m2n3p5q6r7s8t9v0w", stored.ContentItemVersionId);
            Assert.Equal("changed", stored.Body());
            Assert.Single(await cm.ListVersionsAsync("4bxk1w9z0m2n3p5q6r7s8t9v0w"));
        });
    }

    [Fact]
    public async Task Handlers_see_the_events_in_order()
    {
        var recorder = new RecordingHandler();
        await using var factory = new TestSite(new TestSiteOptions { Services = s => s.AddSingleton<IContentHandler>(recorder) });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DurhamCms.ContentManagement.Metadata.IContentDefinitionManager>()
                .AlterTypeDefinitionAsync("Article", t => t.Draftable().WithPart("Article"));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var cm = scope.ServiceProvider.GetRequiredService<IContentManager>();
            recorder.Events.Clear();
            var item = await cm.NewArticleAsync("Events");
            await cm.CreateAsync(item, VersionOptions.Published);
            await cm.UnpublishAsync(item);
            await cm.RemoveAsync(item);
        }

        Assert.Equal(
            ["Initializing", "Creating", "Validating", "Created", "Publishing", "Published", "Unpublishing", "Unpublished", "Removing", "Removed"],
            recorder.Events.Where(e => e is not "Versioning" and not "Versioned").ToArray());
    }

    private sealed class RecordingHandler : ContentHandlerBase
    {
        public List<string> Events { get; } = [];

        public override Task InitializingAsync(ContentContext context) => Record("Initializing");
        public override Task CreatingAsync(ContentContext context) => Record("Creating");
        public override Task ValidatingAsync(ValidateContentContext context) => Record("Validating");
        public override Task CreatedAsync(ContentContext context) => Record("Created");
        public override Task PublishingAsync(PublishContentContext context) => Record("Publishing");
        public override Task PublishedAsync(PublishContentContext context) => Record("Published");
        public override Task UnpublishingAsync(PublishContentContext context) => Record("Unpublishing");
        public override Task UnpublishedAsync(PublishContentContext context) => Record("Unpublished");
        public override Task RemovingAsync(ContentContext context) => Record("Removing");
        public override Task RemovedAsync(ContentContext context) => Record("Removed");

        private Task Record(string name)
        {
            lock (Events)
            {
                Events.Add(name);
            }

            return Task.CompletedTask;
        }
    }
}
