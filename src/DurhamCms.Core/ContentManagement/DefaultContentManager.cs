using DurhamCms.Caching;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.ContentManagement;

internal sealed class DefaultContentManager(
    DurhamDbContext db,
    ContentStore store,
    IContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    TimeProvider clock,
    PublishedReads reads,
    ModuleCatalog? catalog = null) : IContentManager, IContentImporter
{
    private readonly IReadOnlyList<IContentHandler> _handlers = ContentHandlerOrder.Sort(handlers, catalog);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentItem> NewAsync(string contentType)
    {
        var definition = await definitions.GetTypeDefinitionAsync(contentType);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = definition?.Name ?? contentType,
        };
        foreach (var part in definition?.Parts ?? [])
        {
            item.GetOrCreatePartJson(part.Name);
        }

        await InvokeAsync(h => h.InitializingAsync(new ContentContext(item, definition)));
        return item;
    }

    public async Task<ContentValidationResult> CreateAsync(ContentItem item, VersionOptions options)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var context = new ContentContext(item, definition);
        await InvokeAsync(h => h.CreatingAsync(context));
        var result = await ValidateAsync(item, definition);
        if (!result.Succeeded)
        {
            return result;
        }

        await db.InTransactionAsync(async () =>
        {
            EnsureIds(item);
            item.CreatedUtc ??= Now;
            item.ModifiedUtc = Now;
            item.Latest = true;
            item.Published = false;
            await store.InsertAsync(item);
            await InvokeAsync(h => h.CreatedAsync(context));
            if (options == VersionOptions.Published)
            {
                await PublishCoreAsync(item, definition);
            }
        });
        return result;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions? options = null)
    {
        options ??= VersionOptions.Published;
        var versions = store.Query().Where(r => r.ContentItemId == contentItemId);
        if (options == VersionOptions.Published)
        {
            var published = await reads.GetAsync(PublishedKey(contentItemId), [PageCacheTags.ForItem(contentItemId)],
                () => store.FirstStoredAsync(versions.Where(r => r.Published)), StoredVersion.SizeOf);
            return published?.ToItem();
        }

        var latest = await store.FirstAsync(versions.Where(r => r.Latest));
        if (options == VersionOptions.Latest || latest is null)
        {
            return latest;
        }

        if (options == VersionOptions.Draft)
        {
            return latest.Published ? null : latest;
        }

        // DraftRequired: a published latest version of a draftable type gets a new draft over it.
        var definition = await definitions.GetTypeDefinitionAsync(latest.ContentType);
        if (!latest.Published || definition?.TypeSettings.Draftable != true)
        {
            return latest;
        }

        return await db.InTransactionAsync(() => NewVersionAsync(latest, definition, published: false));
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId) =>
        await store.FirstAsync(store.Query().Where(r => r.ContentItemVersionId == contentItemVersionId));

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions? options = null)
    {
        var ids = contentItemIds.Distinct().ToList();
        Dictionary<string, ContentItem> found;
        if (options == VersionOptions.Latest)
        {
            found = (await store.ListAsync(store.Query().Where(r => ids.Contains(r.ContentItemId) && r.Latest))).ToDictionary(i => i.ContentItemId);
        }
        else
        {
            var published = await reads.GetManyAsync(ids, PublishedKey, id => [PageCacheTags.ForItem(id)], async missing =>
                (await store.ListStoredAsync(store.Query().Where(r => missing.Contains(r.ContentItemId) && r.Published)))
                    .GroupBy(v => v.ContentItemId).ToDictionary(g => g.Key, g => g.Last()), StoredVersion.SizeOf);
            found = published.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.ToItem());
        }

        // Keep the caller's order: pickers store ids in the order editors chose.
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(string? contentType, VersionOptions? options = null)
    {
        var query = store.Query();
        if (contentType is not null)
        {
            query = query.Where(r => r.ContentType == contentType);
        }

        if (options == VersionOptions.Latest)
        {
            return await store.ListAsync(query.Where(r => r.Latest));
        }

        query = query.Where(r => r.Published);
        if (contentType is null)
        {
            return await store.ListAsync(query);
        }

        var published = await reads.GetAsync("published-list:" + contentType, [PageCacheTags.ForType(contentType)],
            () => store.ListStoredAsync(query), list => 32 + list.Sum(StoredVersion.SizeOf));
        return published.Select(v => v.ToItem()).ToList();
    }

    private static string PublishedKey(string contentItemId) => "published:" + contentItemId;

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item) =>
        await ValidateAsync(item, await definitions.GetTypeDefinitionAsync(item.ContentType));

    public async Task<ContentValidationResult> UpdateAsync(ContentItem item)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var context = new ContentContext(item, definition);
        await InvokeAsync(h => h.UpdatingAsync(context));
        var result = await ValidateAsync(item, definition);
        if (!result.Succeeded)
        {
            return result;
        }

        await db.InTransactionAsync(async () =>
        {
            item.ModifiedUtc = Now;
            await store.UpdateAsync(item);
            await InvokeAsync(h => h.UpdatedAsync(context));
        });
        return result;
    }

    public async Task PublishAsync(ContentItem item)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        await db.InTransactionAsync(() => PublishCoreAsync(item, definition));
    }

    public async Task UnpublishAsync(ContentItem item)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        await db.InTransactionAsync(async () =>
        {
            var published = await store.FirstAsync(store.Query().Where(r => r.ContentItemId == item.ContentItemId && r.Published));
            if (published is null)
            {
                return;
            }

            var context = new PublishContentContext(published, published, definition);
            await InvokeAsync(h => h.UnpublishingAsync(context));
            published.Published = false;
            await store.UpdateAsync(published);
            if (published.ContentItemVersionId == item.ContentItemVersionId)
            {
                item.Published = false;
                item.VersionStamp = published.VersionStamp;
            }

            await InvokeAsync(h => h.UnpublishedAsync(context));
        });
    }

    public async Task RemoveAsync(ContentItem item)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var context = new ContentContext(item, definition);
        await db.InTransactionAsync(async () =>
        {
            await InvokeAsync(h => h.RemovingAsync(context));
            await store.SetFlagsAsync(
                store.Query().Where(r => r.ContentItemId == item.ContentItemId && (r.Latest || r.Published)),
                latest: false,
                published: false);
            item.Latest = false;
            item.Published = false;
            await InvokeAsync(h => h.RemovedAsync(context));
        });
    }

    public Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId) =>
        store.ListAsync(store.Query().Where(r => r.ContentItemId == contentItemId));

    public async Task<ContentItem> RestoreAsync(string contentItemVersionId)
    {
        var old = await GetVersionAsync(contentItemVersionId)
            ?? throw new InvalidOperationException($"No version {contentItemVersionId} is stored.");
        var definition = await definitions.GetTypeDefinitionAsync(old.ContentType);
        return await db.InTransactionAsync(async () =>
        {
            var draftable = definition?.TypeSettings.Draftable ?? false;
            var restored = await NewVersionAsync(old, definition, published: false);

            // Handlers may adjust the restored copy (a path another item took since); keep what they change.
            await InvokeAsync(h => h.RestoredAsync(new ContentContext(restored, definition)));
            await store.UpdateAsync(restored);
            if (!draftable)
            {
                await PublishCoreAsync(restored, definition);
            }

            return restored;
        });
    }

    public async Task<ContentItem> NewDraftAsync(ContentItem latest)
    {
        var definition = await definitions.GetTypeDefinitionAsync(latest.ContentType);
        return await db.InTransactionAsync(async () =>
        {
            // NewVersionAsync only checks the stamp of the version it copies; here the copy must
            // also still be the latest, or it would bury someone else's newer version.
            var stored = await store.FirstAsync(store.Query().Where(r => r.ContentItemId == latest.ContentItemId && r.Latest));
            if (stored is null || stored.ContentItemVersionId != latest.ContentItemVersionId || stored.VersionStamp != latest.VersionStamp)
            {
                throw new ContentConflictException(latest.ContentItemId, latest.ContentItemVersionId);
            }

            return await NewVersionAsync(latest, definition, published: false);
        });
    }

    public async Task<ContentItem> CloneAsync(ContentItem item)
    {
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var clone = item.Clone();
        clone.ContentItemId = IdGenerator.NewId();
        clone.ContentItemVersionId = IdGenerator.NewId();
        clone.CreatedUtc = clone.ModifiedUtc = Now;
        clone.PublishedUtc = null;
        clone.Latest = true;
        clone.Published = false;
        clone.VersionStamp = 0;
        var context = new ContentContext(clone, definition);
        await db.InTransactionAsync(async () =>
        {
            await InvokeAsync(h => h.ClonedAsync(context));
            await store.InsertAsync(clone);
        });
        return clone;
    }

    public Task<ContentValidationResult> ImportAsync(ContentItem item) => ImportAsync(item, unstored: false);

    public Task<ContentValidationResult> ImportUnstoredAsync(ContentItem item) => ImportAsync(item, unstored: true);

    private async Task<ContentValidationResult> ImportAsync(ContentItem item, bool unstored)
    {
        // As Orchard's import: an item is known by its id, and one made up here would make a
        // new item on every run of the same recipe.
        if (string.IsNullOrWhiteSpace(item.ContentItemId))
        {
            throw new InvalidOperationException($"The content item is missing a '{nameof(ContentItem.ContentItemId)}'.");
        }

        // A version already stored is merged into, as Orchard merges (objects property by
        // property, arrays replaced, nulls ignored): an import that gives only the title keeps
        // the body and fields it does not mention.
        if (!unstored && !string.IsNullOrEmpty(item.ContentItemVersionId)
            && await store.FirstAsync(store.Query().Where(r => r.ContentItemVersionId == item.ContentItemVersionId && r.ContentItemId == item.ContentItemId)) is { } stored)
        {
            ContentJsonMerge.MergeInto(item, stored);
        }

        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var context = new ContentContext(item, definition);
        await InvokeAsync(h => h.ImportingAsync(context));

        // An item of a type with no definition is kept as it is (no part rules apply), but an
        // item without any type is refused like everywhere else.
        var result = await ValidateAsync(item, definition);
        if (!result.Succeeded)
        {
            return result;
        }

        await db.InTransactionAsync(async () =>
        {
            var versionGiven = EnsureIds(item);

            item.CreatedUtc ??= Now;
            item.ModifiedUtc ??= Now;
            if (item.Published)
            {
                item.PublishedUtc ??= Now;
            }

            if (unstored)
            {
                await store.InsertAsync(item);
                await InvokeAsync(h => h.ImportedAsync(context));
                return;
            }

            // One read of the item's versions serves every decision below; a new item (the
            // common case in a large recipe) then costs a single insert.
            var versions = await store.Query().Where(r => r.ContentItemId == item.ContentItemId)
                .Select(r => new { r.ContentItemVersionId, r.Stamp, r.Latest, r.Published }).ToListAsync();
            var existing = versions.FirstOrDefault(v => v.ContentItemVersionId == item.ContentItemVersionId);
            if (existing is null && versionGiven
                && await store.Query().Where(r => r.ContentItemVersionId == item.ContentItemVersionId).Select(r => r.ContentItemId).FirstOrDefaultAsync() is { } owner)
            {
                throw new InvalidOperationException($"Version {item.ContentItemVersionId} belongs to item {owner}, not {item.ContentItemId}.");
            }

            var others = versions.Where(v => v.ContentItemVersionId != item.ContentItemVersionId).ToList();
            var demoteLatest = item.Latest && others.Any(v => v.Latest);
            var demotePublished = item.Published && others.Any(v => v.Published);
            if (demoteLatest || demotePublished)
            {
                var otherIds = others.Where(v => (item.Latest && v.Latest) || (item.Published && v.Published)).Select(v => v.ContentItemVersionId).ToList();
                await store.SetFlagsAsync(
                    store.Query().Where(r => otherIds.Contains(r.ContentItemVersionId)),
                    latest: item.Latest ? false : null,
                    published: item.Published ? false : null);
            }

            if (existing is null)
            {
                await store.InsertAsync(item);
            }
            else
            {
                item.VersionStamp = existing.Stamp;
                await store.UpdateAsync(item);
            }

            await InvokeAsync(h => h.ImportedAsync(context));
        });
        return result;
    }

    /// <summary>Gives an item without ids new ones; true when the caller gave the version id.</summary>
    private static bool EnsureIds(ContentItem item)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = IdGenerator.NewId();
        }

        if (!string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            return true;
        }

        item.ContentItemVersionId = IdGenerator.NewId();
        return false;
    }

    private async Task<ContentValidationResult> ValidateAsync(ContentItem item, ContentTypeDefinition? definition)
    {
        var result = new ContentValidationResult();
        if (string.IsNullOrWhiteSpace(item.ContentType))
        {
            result.Fail(nameof(ContentItem.ContentType), "A content item needs a content type.");
            return result;
        }

        var context = new ValidateContentContext(item, definition, result);
        await InvokeAsync(h => h.ValidatingAsync(context));
        return result;
    }

    /// <summary>Copies <paramref name="existing"/> into a new latest version; the old one stays as history.</summary>
    private async Task<ContentItem> NewVersionAsync(ContentItem existing, ContentTypeDefinition? definition, bool published)
    {
        var building = existing.Clone();
        building.ContentItemVersionId = IdGenerator.NewId();
        building.Latest = true;
        building.Published = published;
        building.ModifiedUtc = Now;
        building.VersionStamp = 0;
        var context = new VersionContentContext(existing, building, definition);
        await InvokeAsync(h => h.VersioningAsync(context));

        // The stamp check on the old latest version makes two editors who both started a
        // draft from the same published version conflict instead of making two drafts.
        var latest = await store.FirstAsync(store.Query().Where(r => r.ContentItemId == existing.ContentItemId && r.Latest));
        if (latest is not null)
        {
            if (latest.ContentItemVersionId == existing.ContentItemVersionId && latest.VersionStamp != existing.VersionStamp)
            {
                throw new ContentConflictException(existing.ContentItemId, existing.ContentItemVersionId);
            }

            latest.Latest = false;
            await store.UpdateAsync(latest);
            if (latest.ContentItemVersionId == existing.ContentItemVersionId)
            {
                existing.Latest = false;
                existing.VersionStamp = latest.VersionStamp;
            }
        }

        await store.InsertAsync(building);
        await InvokeAsync(h => h.VersionedAsync(context));
        return building;
    }

    private async Task PublishCoreAsync(ContentItem item, ContentTypeDefinition? definition)
    {
        var previous = await store.FirstAsync(store.Query().Where(r => r.ContentItemId == item.ContentItemId && r.Published && r.ContentItemVersionId != item.ContentItemVersionId));
        var context = new PublishContentContext(item, previous, definition);
        await InvokeAsync(h => h.PublishingAsync(context));
        if (context.Cancel)
        {
            return;
        }

        if (previous is not null)
        {
            previous.Published = false;
            previous.Latest = false;
            await store.UpdateAsync(previous);
        }

        var stored = item.VersionStamp != 0;
        var otherLatest = store.Query().Where(r => r.ContentItemId == item.ContentItemId && r.Latest && r.ContentItemVersionId != item.ContentItemVersionId);
        await store.SetFlagsAsync(otherLatest, latest: false, published: null);
        item.Published = true;
        item.Latest = true;
        item.PublishedUtc = Now;
        if (stored)
        {
            await store.UpdateAsync(item);
        }
        else
        {
            await store.InsertAsync(item);
        }

        await InvokeAsync(h => h.PublishedAsync(context));
    }

    private async Task InvokeAsync(Func<IContentHandler, Task> call)
    {
        foreach (var handler in _handlers)
        {
            await call(handler);
        }
    }
}
